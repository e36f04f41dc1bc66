import type { ModelContext } from "./context.js";
import { buildConstraints, buildScalarType, scalarKind } from "./constraints.js";
import type { PrefixHeaderBinding, ScalarBinding } from "./types.js";

type Node = Record<string, unknown>;

/** Where a scalar member is written and what the caller already read of it. */
export interface BindingSite {
  /** The parameter or form field's node: its `required`, `example` and extensions. */
  node: Node;
  schema: Node;
  /** How messages name it: `parameter "x-amz-acl"`, `form field "acl"`. */
  label: string;
  member: string;
  location: ScalarBinding["location"];
  wireName: string;
  description: string;
  required: boolean;
  error: string | undefined;
  selector: boolean;
  component: string | undefined;
}

/**
 * A scalar member from its schema: type, constraints and what a violation answers. A member
 * with constraints, or that is not a string, needs the code a bad value raises.
 */
export function buildBinding(context: ModelContext, site: BindingSite): ScalarBinding {
  const { node, schema } = site;
  const kind = scalarKind(context, schema);
  const constraints = buildConstraints(context, schema, kind);
  if (constraints.length > 0 && site.error === undefined)
    context.report(node, `${site.label} has constraints but no "x-obs-error" code`);
  if ((kind === "integer" || kind === "boolean") && site.error === undefined)
    context.report(
      node,
      `${site.label} is ${kind === "integer" ? "an integer" : "a boolean"}: a value that is not one needs "x-obs-error"`,
    );
  const example = node.example ?? schema.example;
  return {
    member: site.member,
    location: site.location,
    wireName: site.wireName,
    description: site.description,
    required: site.required,
    type: buildScalarType(context, schema, kind),
    constraints,
    error: site.error,
    sensitive: node["x-obs-sensitive"] === true,
    example:
      typeof example === "string" || typeof example === "number" || typeof example === "boolean"
        ? String(example)
        : undefined,
    decision: context.string(node, "x-obs-decision"),
    source: context.sourceOf(node),
    schemaSource: context.sourceOf(schema),
    selector: site.selector,
    component: site.component,
  };
}

/** Where a family of names by prefix (`x-amz-meta-*`) is written: a header parameter or a form field. */
export interface FamilySite {
  /** The parameter or form field's node. */
  node: Node;
  /** The schema that holds `x-obs-max-total-bytes`. */
  schema: Node;
  /** `header` or `field`, for messages. */
  what: string;
  /** The key of `node` that names it, where a misnamed family is reported. */
  nameKey: string;
  name: string;
  prefix: string;
  member: string;
  description: string;
  error: string | undefined;
}

/** A family by prefix: named `<prefix>*`, bounded in bytes with the code that refuses more. */
export function buildPrefixFamily(context: ModelContext, site: FamilySite): PrefixHeaderBinding {
  const { node, prefix, error } = site;
  if (site.name.toLowerCase() !== `${prefix.toLowerCase()}*`)
    context.report(node, `a prefix ${site.what} family is named "${prefix}*"`, site.nameKey);
  // A positive integer: the vocabulary's to check (check/meta-schema.ts).
  const limit = site.schema["x-obs-max-total-bytes"];
  if (limit !== undefined && error === undefined) context.report(node, `a size limit needs "x-obs-error"`);
  return {
    member: site.member,
    prefix: prefix.toLowerCase(),
    description: site.description,
    maxTotalBytes: typeof limit === "number" ? limit : undefined,
    error,
    decision: context.string(node, "x-obs-decision"),
    source: context.sourceOf(node),
  };
}
