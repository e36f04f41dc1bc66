import { xmlConstraintField } from "../keywords/index.js";
import { basename } from "node:path";
import { pascal } from "../emit/names.js";
import type { ModelContext } from "./context.js";
import { buildConstraints, buildScalarType, scalarKind } from "./constraints.js";
import type { ElementShape, StructureShape, XmlMember, XmlShape } from "./types.js";

type Node = Record<string, unknown>;

const TEXT_ROOT_KEYS = ["type", "description", "xml", "example", "x-obs-member", "x-obs-decision"];

/** `PartNumber` → `partNumber`, `ETag` → `eTag`, `ID` → `id`: the default member name of an element. */
export function memberNameOf(xmlName: string): string {
  const run = /^[A-Z]+/.exec(xmlName)?.[0] ?? "";
  if (run.length <= 1 || run.length === xmlName.length)
    return xmlName.slice(0, Math.max(run.length, 1)).toLowerCase() + xmlName.slice(Math.max(run.length, 1));
  return run.slice(0, -1).toLowerCase() + xmlName.slice(run.length - 1);
}

/**
 * XML shapes: documents (a request or response body), structures and lists. A structure written
 * as a schema component is named and kept once in `structures`, whichever operations use it.
 */
export class ShapeBuilder {
  readonly structures = new Map<string, StructureShape>();
  /** By where the schema was written: a `$ref` with a sibling description is a new object, but the same structure. */
  private readonly built = new Map<string, StructureShape>();
  private readonly named: Array<{ shape: StructureShape; schema: Node }> = [];

  constructor(private readonly context: ModelContext) {}

  /**
   * A document: the root element (`xml.name`, `xml.namespace`) and its members; or, for a
   * `type: string` schema, a root that holds text, the member `x-obs-member` names.
   */
  document(schema: Node, claim?: (node: Node, member: string) => void): XmlShape {
    const { context } = this;
    const holdsText = schema.type === "string";
    const xml = context.object(schema.xml) ? schema.xml : undefined;
    if (!xml) context.report(schema, `an XML body schema needs "xml: { name }"`);
    // The vocabulary lets a scalar element take constraints; a document's text root takes none.
    if (holdsText)
      for (const key of Object.keys(schema))
        if (!TEXT_ROOT_KEYS.includes(key))
          context.report(schema, `"${key}" is not supported in an XML document whose root holds text`, key);
    let text: XmlShape["text"];
    if (holdsText) {
      const member = context.string(schema, "x-obs-member");
      if (member === undefined) context.report(schema, `a root that holds text needs "x-obs-member" (its member)`);
      else {
        claim?.(schema, member);
        text = { member };
      }
    }
    return {
      name: xml ? context.string(xml, "name", true) : "",
      namespace: xml ? context.string(xml, "namespace") : undefined,
      description: (context.string(schema, "description") ?? "").trim(),
      members: holdsText ? [] : this.members(schema, claim),
      text,
      source: context.sourceOf(schema),
    };
  }

  private members(schema: Node, claim?: (node: Node, member: string) => void): XmlMember[] {
    const { context } = this;
    if (schema.type !== undefined && schema.type !== "object")
      context.report(schema, `an XML structure's type is object`, "type");
    const required = new Set(context.stringList(schema, "required") ?? []);
    const properties = context.object(schema.properties) ? schema.properties : {};
    for (const name of required)
      if (!Object.hasOwn(properties, name))
        context.report(schema, `required element "${name}" is not a property`, "required");
    const seen = new Set<string>();
    return Object.entries(properties).flatMap(([xmlName, property]) => {
      if (!context.object(property)) return [];
      const member = context.string(property, "x-obs-member") ?? memberNameOf(xmlName);
      if (!/^[a-z][A-Za-z0-9]*$/.test(member))
        context.report(property, `member "${member}" must be camelCase`, "x-obs-member");
      if (seen.has(member))
        context.report(property, `member "${member}" is used twice in this structure`, "x-obs-member");
      seen.add(member);
      claim?.(property, member);
      return [this.member(property, xmlName, member, required.has(xmlName))];
    });
  }

  private member(property: Node, xmlName: string, member: string, required: boolean): XmlMember {
    const { context } = this;
    // Without its own code, a bad element answers the document's (x-obs-error on the request body).
    const error = context.string(property, "x-obs-error");
    const base = {
      member,
      description: (context.string(property, "description") ?? "").trim(),
      required,
      error,
      source: context.sourceOf(property),
    };
    if (property.type === "array") {
      const xml = context.object(property.xml) ? property.xml : {};
      const items = context.object(property.items) ? property.items : {};
      if (!context.object(property.items)) context.report(property, `a list needs "items"`, "items");
      if (items.type === "array") context.report(items, `a list of lists is not supported`, "type");
      const itemXml = context.object(items.xml) ? items.xml : {};
      const itemName = context.string(itemXml, "name") ?? xmlName;
      const wrapped = xml.wrapped === true;
      const { shape, constraints } = this.element(items);
      const bound = (key: "minItems" | "maxItems") => {
        const value = property[key];
        if (value === undefined) return undefined;
        if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
          context.report(property, `"${key}" must be a non-negative integer`, key);
          return undefined;
        }
        return value;
      };
      const minItems = bound("minItems");
      const maxItems = bound("maxItems");
      if (minItems !== undefined && maxItems !== undefined && minItems > maxItems)
        context.report(property, `"minItems" is above "maxItems"`, "minItems");
      if (context.object(property.xml) && property.xml.attribute !== undefined)
        context.report(property.xml, `a list cannot be an attribute`, "attribute");
      return {
        ...base,
        xmlName: wrapped ? (context.string(xml, "name") ?? xmlName) : itemName,
        shape,
        list: { itemName, wrapped, minItems, maxItems },
        constraints,
        attribute: undefined,
      };
    }
    const { shape, constraints } = this.element(property);
    return { ...base, xmlName, shape, list: undefined, constraints, attribute: this.attribute(property, shape) };
  }

  /** `xml: { attribute: true }` (with `prefix` and `namespace` together, for `xsi:type`): a scalar written as its parent's attribute. */
  private attribute(property: Node, shape: ElementShape): XmlMember["attribute"] {
    const { context } = this;
    const xml = context.object(property.xml) ? property.xml : {};
    if (xml.attribute !== true) {
      for (const key of ["prefix", "namespace"])
        if (xml[key] !== undefined) context.report(xml, `"${key}" belongs to an attribute ("attribute: true")`, key);
      return undefined;
    }
    if (shape.kind !== "scalar") {
      context.report(xml, `an attribute holds a scalar, not a structure`, "attribute");
      return undefined;
    }
    const prefix = context.string(xml, "prefix");
    const namespace = context.string(xml, "namespace");
    if ((prefix === undefined) !== (namespace === undefined)) {
      context.report(
        xml,
        `an attribute in a namespace needs both "prefix" and "namespace"`,
        prefix ? "prefix" : "namespace",
      );
      return undefined;
    }
    if (prefix !== undefined && !/^[A-Za-z_][\w.-]*$/.test(prefix))
      context.report(xml, `"${prefix}" is not an XML prefix`, "prefix");
    return prefix !== undefined && namespace !== undefined
      ? { prefix, namespace }
      : { prefix: undefined, namespace: undefined };
  }

  private element(schema: Node): { shape: ElementShape; constraints: XmlMember["constraints"] } {
    const { context } = this;
    if (schema.type === "object" || schema.properties !== undefined)
      return { shape: this.structure(schema), constraints: [] };
    // An element is named by its xml object; wrapping belongs to lists, a namespace to documents
    // and to attributes (read with the member).
    if (context.object(schema.xml))
      for (const key of Object.keys(schema.xml))
        if (!["name", "attribute", "prefix", "namespace"].includes(key))
          context.report(schema.xml, `"${key}" is not supported in an element's xml object`, key);
    const kind = scalarKind(context, schema);
    // An XML element is checked by the runtime's document reader, from its descriptor: only the keywords that have a field there.
    const constraints = buildConstraints(context, schema, kind).filter((constraint) => {
      if (xmlConstraintField(constraint) !== undefined) return true;
      context.report(schema, `the ${constraint.kind} constraint is not supported on XML elements`);
      return false;
    });
    return { shape: { kind: "scalar", type: buildScalarType(context, schema, kind) }, constraints };
  }

  private structure(schema: Node): StructureShape {
    const { context } = this;
    const source = context.sourceOf(schema);
    const where = `${source.file}#${source.pointer}`;
    const cached = this.built.get(where);
    if (cached) return cached;
    const name = context.componentName(schema);
    const shape: StructureShape = {
      kind: "structure",
      name,
      description: (context.string(schema, "description") ?? "").trim(),
      members: [],
      source,
    };
    this.built.set(where, shape);
    shape.members = this.members(schema);
    if (name) this.named.push({ shape, schema });
    return shape;
  }

  /**
   * Names every named structure once all are built: a schema component keeps its name; a schema
   * of an operation file keeps its own unless another file has one of that name too, and then each
   * such is scoped by its file (`CommonPrefix` of list-objects.yaml → `ListObjectsCommonPrefix`).
   */
  finish(): void {
    const { context } = this;
    const byName = new Map<string, Array<{ shape: StructureShape; schema: Node }>>();
    for (const entry of this.named) {
      const name = entry.shape.name ?? "";
      byName.set(name, [...(byName.get(name) ?? []), entry]);
    }
    for (const [name, entries] of byName) {
      const files = new Set(entries.map(({ shape }) => shape.source.file));
      for (const { shape } of entries) {
        const scoped = files.size > 1 && /^\/schemas\//.test(shape.source.pointer);
        if (scoped) shape.name = `${pascal(basename(shape.source.file).replace(/\.ya?ml$/, ""))}${name}`;
      }
      for (const { shape, schema } of entries) {
        const other = this.structures.get(shape.name ?? "");
        if (other && other !== shape)
          context.report(
            schema,
            `two different schemas are named "${shape.name}" (the other at ${other.source.file}:${other.source.line}); named structures must be unique`,
          );
        else this.structures.set(shape.name ?? "", shape);
      }
    }
  }
}
