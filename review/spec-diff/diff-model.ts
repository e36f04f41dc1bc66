import type {
  Constraint,
  HeaderRule,
  OperationModel,
  PrefixHeaderBinding,
  ScalarBinding,
  ServiceModel,
  SourceRef,
  XmlShape,
} from "../../generator/model/types.js";
import { compareConstraints, describeConstraint } from "../../generator/keywords/index.js";

/**
 * One difference between two versions of the spec, and whom it breaks:
 * - clients: code that calls the API (the generated client, or a deployed caller meeting the new server);
 * - servers: code that implements it (handlers behind the generated server stub, or a deployed server meeting new callers).
 * Requests flow from clients to servers, so tightening a request breaks clients and loosening it breaks servers;
 * responses flow back, so the reverse holds for them.
 */
export interface Change {
  subject: string;
  description: string;
  breaksClients: boolean;
  breaksServers: boolean;
  /** Where the change is: the new spec's location, or the old one's when the element is gone. */
  source: SourceRef;
  /** true when `source` is in the old spec (the element was removed). */
  before: boolean;
}

/** Whether a change breaks clients or servers. */
export const isBreaking = (change: Change): boolean => change.breaksClients || change.breaksServers;

type Breaks = "clients" | "servers" | "both" | "none";

class Changes {
  readonly list: Change[] = [];
  add(subject: string, description: string, breaks: Breaks, source: SourceRef, before = false): void {
    this.list.push({
      subject,
      description,
      breaksClients: breaks === "clients" || breaks === "both",
      breaksServers: breaks === "servers" || breaks === "both",
      source,
      before,
    });
  }
}

/** Tightening a request breaks its senders (clients); tightening a response breaks its producers (servers). */
const tightened = (direction: "request" | "response"): Breaks => (direction === "request" ? "clients" : "servers");
const loosened = (direction: "request" | "response"): Breaks => (direction === "request" ? "servers" : "clients");

const code = (text: string) => `\`${text}\``;
const byKey = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

/** Every change from `before` to `after`, in spec order. */
export function diffModels(before: ServiceModel, after: ServiceModel): Change[] {
  const changes = new Changes();
  diffService(changes, before, after);
  const old = byKey(before.operations, (op) => op.id);
  const now = byKey(after.operations, (op) => op.id);
  for (const [id, operation] of old)
    if (!now.has(id)) changes.add(id, `operation ${code(id)} removed`, "both", operation.source, true);
  for (const [id, operation] of now) {
    const previous = old.get(id);
    if (!previous) changes.add(id, `operation ${code(id)} added`, "none", operation.source);
    else diffOperation(changes, previous, operation);
  }
  return changes.list;
}

function diffService(changes: Changes, before: ServiceModel, after: ServiceModel): void {
  const where = after.operations[0]?.source ??
    before.operations[0]?.source ?? { file: "spec/openapi.yaml", line: 1, pointer: "" };
  for (const version of before.signing.versions) {
    if (!after.signing.versions.includes(version))
      changes.add("signing", `signature version ${version} no longer accepted`, "clients", where);
  }
  for (const version of after.signing.versions) {
    if (!before.signing.versions.includes(version))
      changes.add("signing", `signature version ${version} added: servers must verify it`, "servers", where);
  }
  const [was, is] = [before.signing.maxClockSkewSeconds, after.signing.maxClockSkewSeconds];
  if (is < was) changes.add("signing", `allowed clock skew shrinks from ${was} s to ${is} s`, "clients", where);
  if (is > was) changes.add("signing", `allowed clock skew grows from ${was} s to ${is} s`, "servers", where);

  const oldCodes = byKey(before.errorCodes, (e) => e.code);
  for (const entry of after.errorCodes) {
    const previous = oldCodes.get(entry.code);
    if (!previous)
      changes.add(
        `error ${entry.code}`,
        `error code ${code(entry.code)} added to the catalog (${entry.status})`,
        "none",
        entry.source,
      );
    else if (previous.status !== entry.status)
      changes.add(
        `error ${entry.code}`,
        `error ${code(entry.code)} answers ${entry.status} instead of ${previous.status}`,
        "both",
        entry.source,
      );
  }
  const newCodes = byKey(after.errorCodes, (e) => e.code);
  for (const entry of before.errorCodes) {
    if (!newCodes.has(entry.code))
      changes.add(
        `error ${entry.code}`,
        `error code ${code(entry.code)} removed from the catalog`,
        "servers",
        entry.source,
        true,
      );
  }
}

function diffOperation(changes: Changes, before: OperationModel, after: OperationModel): void {
  const id = after.id;
  const route = (op: OperationModel) =>
    `${op.method} ${op.pathTemplate}${op.selectors.length ? "?" + op.selectors.join("&") : ""}${op.headerSelectors.map((h) => ` + ${h}`).join("")}`;
  if (route(before) !== route(after))
    changes.add(id, `request line changes from ${code(route(before))} to ${code(route(after))}`, "both", after.source);
  if (before.summary !== after.summary || before.description !== after.description)
    changes.add(id, "description changed", "none", after.source);

  const inputs = (op: OperationModel) => [
    ...(op.bucket ? [op.bucket] : []),
    ...(op.key ? [op.key] : []),
    ...op.query,
    ...op.headers,
  ];
  const label = (binding: ScalarBinding) =>
    `${id}: ${binding.location === "header" ? "request header" : binding.location === "query" ? "query parameter" : "path parameter"} ${code(binding.wireName)}`;
  const oldInputs = byKey(inputs(before), (b) => `${b.location} ${b.wireName}`);
  const newInputs = byKey(inputs(after), (b) => `${b.location} ${b.wireName}`);
  for (const [key, binding] of oldInputs) {
    if (!newInputs.has(key))
      changes.add(
        label(binding),
        "removed: callers that send it lose its effect, and handlers lose the member",
        "both",
        binding.source,
        true,
      );
  }
  for (const [key, binding] of newInputs) {
    const previous = oldInputs.get(key);
    if (!previous)
      changes.add(
        label(binding),
        binding.required ? "added as required" : "added as optional",
        binding.required ? "clients" : "none",
        binding.source,
      );
    else diffInput(changes, label(binding), previous, binding);
  }
  for (const flag of before.flags)
    if (!after.flags.some((f) => f.name === flag.name))
      changes.add(`${id}: sub-resource ${code(flag.name)}`, "removed", "both", flag.source, true);

  diffPrefixHeaders(changes, id, before.prefixHeaders, after.prefixHeaders);
  diffRules(changes, id, before.rules, after.rules, after.source);
  diffRequestPayload(changes, before, after);
  diffResponse(changes, before, after);
  diffErrors(changes, before, after);
}

function diffInput(changes: Changes, subject: string, before: ScalarBinding, after: ScalarBinding): void {
  if (!before.required && after.required) changes.add(subject, "optional → required", "clients", after.source);
  if (before.required && !after.required)
    changes.add(subject, "required → optional: handlers may now get no value", "servers", after.source);
  if (before.error !== after.error)
    changes.add(
      subject,
      `a bad value answers ${after.error ?? "nothing"} instead of ${before.error ?? "nothing"}`,
      "clients",
      after.source,
    );
  if (before.description !== after.description) changes.add(subject, "description changed", "none", after.source);
  if (before.sensitive !== after.sensitive)
    changes.add(subject, after.sensitive ? "now marked sensitive" : "no longer marked sensitive", "none", after.source);
  diffConstraints(changes, subject, before.constraints, after.constraints, after.schemaSource, "request");
}

function diffConstraints(
  changes: Changes,
  subject: string,
  before: Constraint[],
  after: Constraint[],
  source: SourceRef,
  direction: "request" | "response",
): void {
  const kinds = new Set([...before, ...after].map((c) => c.kind));
  for (const kind of kinds) {
    const was = before.find((c) => c.kind === kind);
    const is = after.find((c) => c.kind === kind);
    if (was?.kind === "enum" && is?.kind === "enum") {
      const removed = was.values.filter((v) => !is.values.includes(v));
      const added = is.values.filter((v) => !was.values.includes(v));
      if (removed.length)
        changes.add(subject, `enum value(s) ${removed.map(code).join(", ")} removed`, tightened(direction), source);
      if (added.length)
        changes.add(subject, `enum value(s) ${added.map(code).join(", ")} added`, loosened(direction), source);
      continue;
    }
    const verdict = compareConstraints(was, is);
    if (verdict === "tightened")
      changes.add(
        subject,
        `constraint tightened: ${describeConstraint(was)} → ${describeConstraint(is)}`,
        tightened(direction),
        source,
      );
    if (verdict === "loosened")
      changes.add(
        subject,
        `constraint loosened: ${describeConstraint(was)} → ${describeConstraint(is)}`,
        loosened(direction),
        source,
      );
    if (verdict === "changed")
      changes.add(
        subject,
        `constraint changed: ${describeConstraint(was)} → ${describeConstraint(is)}`,
        "both",
        source,
      );
  }
}

function diffPrefixHeaders(
  changes: Changes,
  id: string,
  before: PrefixHeaderBinding[],
  after: PrefixHeaderBinding[],
): void {
  const label = (p: PrefixHeaderBinding) => `${id}: request headers ${code(p.prefix + "*")}`;
  const old = byKey(before, (p) => p.prefix);
  for (const prefix of after) {
    const was = old.get(prefix.prefix);
    if (!was) {
      changes.add(label(prefix), "added", "none", prefix.source);
      continue;
    }
    const limit = (p: PrefixHeaderBinding) =>
      p.maxTotalBytes === undefined ? [] : [{ kind: "maxBytes" as const, limit: p.maxTotalBytes }];
    diffConstraints(changes, label(prefix), limit(was), limit(prefix), prefix.source, "request");
  }
  for (const prefix of before)
    if (!after.some((p) => p.prefix === prefix.prefix))
      changes.add(label(prefix), "removed", "both", prefix.source, true);
}

function diffRules(changes: Changes, id: string, before: HeaderRule[], after: HeaderRule[], where: SourceRef): void {
  const key = (rule: HeaderRule) =>
    rule.kind === "together" || rule.kind === "anyOf"
      ? `${rule.kind} ${[...rule.headers].sort().join(",")}`
      : rule.kind === "requires"
        ? `when ${rule.when} requires ${[...rule.requires].sort().join(",")}`
        : `exclusive ${rule.groups
            .map((g) => [...g].sort().join(","))
            .sort()
            .join(" | ")}`;
  const old = byKey(before, key);
  const now = byKey(after, key);
  for (const [k, rule] of now) {
    const was = old.get(k);
    if (!was) changes.add(`${id}: header rule`, `added: ${k}`, "clients", rule.source);
    else if (was.error !== rule.error)
      changes.add(`${id}: header rule`, `${k} answers ${rule.error} instead of ${was.error}`, "clients", rule.source);
  }
  for (const [k, rule] of old)
    if (!now.has(k)) changes.add(`${id}: header rule`, `removed: ${k}`, "servers", rule.source ?? where, true);
}

/** The request body: its kind, and for an XML document its root and elements (requests flow to servers). */
function diffRequestPayload(changes: Changes, before: OperationModel, after: OperationModel): void {
  const subject = `${after.id}: request body`;
  const was = before.payload;
  const is = after.payload;
  if (!was && !is) return;
  if (!is)
    return changes.add(
      subject,
      "removed: callers that send one get UnexpectedContent",
      "both",
      was?.source ?? after.source,
      true,
    );
  if (!was)
    return changes.add(
      subject,
      is.required ? "added as required" : "added as optional",
      is.required ? "clients" : "none",
      is.source,
    );
  if (was.kind !== is.kind)
    return changes.add(
      subject,
      `${is.kind === "xml" ? "an XML document" : "a byte stream"} instead of ${was.kind === "xml" ? "an XML document" : "a byte stream"}`,
      "both",
      is.source,
    );
  if (!was.required && is.required) changes.add(subject, "optional → required", "clients", is.source);
  if (was.required && !is.required)
    changes.add(subject, "required → optional: handlers may now get none", "servers", is.source);
  if (was.kind === "blob" && is.kind === "blob" && was.maxBytes !== is.maxBytes) {
    const tighter = is.maxBytes !== undefined && (was.maxBytes === undefined || is.maxBytes < was.maxBytes);
    changes.add(
      subject,
      `size limit ${was.maxBytes ?? "none"} → ${is.maxBytes ?? "none"}`,
      tighter ? "clients" : "servers",
      is.source,
    );
  }
  if (was.kind !== "xml" || is.kind !== "xml") return;
  if (was.document.name !== is.document.name)
    changes.add(
      subject,
      `root element ${code(is.document.name)} instead of ${code(was.document.name)}`,
      "both",
      is.source,
    );
  const old = byKey(was.document.members, (m) => m.xmlName);
  for (const member of is.document.members) {
    const element = `${after.id}: request element ${code(member.xmlName)}`;
    const previous = old.get(member.xmlName);
    if (!previous)
      changes.add(
        element,
        member.required ? "added as required" : "added as optional",
        member.required ? "clients" : "none",
        member.source,
      );
    else if (!previous.required && member.required)
      changes.add(element, "optional → required", "clients", member.source);
    else if (previous.required && !member.required)
      changes.add(element, "required → optional: handlers may now get none", "servers", member.source);
  }
  for (const member of was.document.members) {
    if (!is.document.members.some((m) => m.xmlName === member.xmlName)) {
      changes.add(
        `${after.id}: request element ${code(member.xmlName)}`,
        "removed: callers that send it lose its effect, and handlers lose the member",
        "both",
        member.source,
        true,
      );
    }
  }
}

function diffResponse(changes: Changes, before: OperationModel, after: OperationModel): void {
  const id = after.id;
  if (before.response.status !== after.response.status) {
    changes.add(
      `${id}: response`,
      `success status ${after.response.status} instead of ${before.response.status}`,
      "both",
      after.source,
    );
  }
  const oldHeaders = byKey(before.response.headers, (h) => h.wireName);
  for (const header of after.response.headers) {
    if (!oldHeaders.has(header.wireName))
      changes.add(`${id}: response header ${code(header.wireName)}`, "added", "none", header.source);
  }
  for (const header of before.response.headers) {
    if (!after.response.headers.some((h) => h.wireName === header.wireName)) {
      changes.add(
        `${id}: response header ${code(header.wireName)}`,
        "removed: clients that read it get nothing",
        "clients",
        header.source,
        true,
      );
    }
  }
  diffBody(changes, id, before.response.body, after.response.body, after.source);
}

function diffBody(
  changes: Changes,
  id: string,
  before: XmlShape | undefined,
  after: XmlShape | undefined,
  where: SourceRef,
): void {
  if (!before && !after) return;
  if (!after) return changes.add(`${id}: response body`, "removed", "clients", before?.source ?? where, true);
  if (!before)
    return changes.add(
      `${id}: response body`,
      `added (${code(after.name)})`,
      after.members.some((m) => m.required) ? "servers" : "none",
      after.source,
    );
  if (before.name !== after.name)
    changes.add(
      `${id}: response body`,
      `root element ${code(after.name)} instead of ${code(before.name)}`,
      "both",
      after.source,
    );
  if (before.namespace !== after.namespace)
    changes.add(
      `${id}: response body`,
      `XML namespace ${after.namespace ?? "none"} instead of ${before.namespace ?? "none"}`,
      "both",
      after.source,
    );
  const old = byKey(before.members, (m) => m.xmlName);
  for (const member of after.members) {
    const subject = `${id}: response element ${code(member.xmlName)}`;
    const was = old.get(member.xmlName);
    if (!was)
      changes.add(
        subject,
        member.required ? "added as always present: handlers must produce it" : "added as optional",
        member.required ? "servers" : "none",
        member.source,
      );
    else if (was.required && !member.required)
      changes.add(subject, "always present → optional: clients may not get it", "clients", member.source);
    else if (!was.required && member.required)
      changes.add(subject, "optional → always present: handlers must produce it", "servers", member.source);
  }
  for (const member of before.members) {
    if (!after.members.some((m) => m.xmlName === member.xmlName))
      changes.add(
        `${id}: response element ${code(member.xmlName)}`,
        "removed: clients that read it get nothing",
        "clients",
        member.source,
        true,
      );
  }
}

function diffErrors(changes: Changes, before: OperationModel, after: OperationModel): void {
  const id = after.id;
  const old = byKey(before.errors, (e) => e.code);
  for (const error of after.errors) {
    // A status change comes from the catalog and is reported there.
    if (!old.has(error.code))
      changes.add(
        `${id}: error ${code(error.code)}`,
        `added (${error.status}): clients meet an error they did not handle`,
        "clients",
        error.usedAt,
      );
  }
  for (const error of before.errors) {
    if (!after.errors.some((e) => e.code === error.code))
      changes.add(
        `${id}: error ${code(error.code)}`,
        "no longer answered: servers that send it break the contract",
        "servers",
        error.usedAt,
        true,
      );
  }
}
