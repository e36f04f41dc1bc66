import type { ModelContext } from "./context.js";
import { buildConstraints, buildScalarType } from "./constraints.js";
import type {
  DocDifference,
  DocumentedHeader,
  ErrorCode,
  FlagParameter,
  HeaderRule,
  OperationError,
  OperationModel,
  PrefixHeaderBinding,
  ResponseHeaderBinding,
  Sample,
  ScalarBinding,
  XmlShape,
} from "./types.js";

type Node = Record<string, unknown>;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const oneLine = (text: string | undefined) => (text ?? "").trim();

/** One operation of the spec (a path key and a method) as the emitters need it. */
export function buildOperation(
  context: ModelContext,
  pathKey: string,
  method: string,
  operation: Node,
  catalog: Map<string, ErrorCode>,
): OperationModel | undefined {
  const id = context.string(operation, "operationId", true);
  if (id && !/^[A-Z][A-Za-z0-9]*$/.test(id)) context.report(operation, `operationId "${id}" must be PascalCase`, "operationId");
  const [pathTemplate = "", queryPart] = pathKey.split("?");
  const subresources = queryPart ? queryPart.split("&").map((flag) => flag.split("=")[0] ?? "") : [];
  const templateNames = [...pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");

  const members = new Map<string, string>();
  const claimMember = (node: Node, member: string, owner: string) => {
    const previous = members.get(member);
    if (previous) context.report(node, `member "${member}" is used by both ${previous} and ${owner}`, "x-obs-member");
    members.set(member, owner);
  };
  const usedErrors = new Map<string, { node: Node; key: string; reason: string }>();
  const useError = (node: Node, key: string, code: string | undefined, reason: string) => {
    if (code === undefined) return;
    if (!catalog.has(code)) context.report(node, `error code "${code}" is not in components.x-obs-error-codes`, key);
    else if (!usedErrors.has(code)) usedErrors.set(code, { node, key, reason });
  };

  let bucket: ScalarBinding | undefined;
  let key: ScalarBinding | undefined;
  const query: ScalarBinding[] = [];
  const headers: ScalarBinding[] = [];
  const prefixHeaders: PrefixHeaderBinding[] = [];
  const transportHeaders: DocumentedHeader[] = [];
  const seenFlags = new Set<string>();
  const flags: FlagParameter[] = [];
  // Schemas whose x-obs-md5-of names another header, checked once every header is known.
  const md5References: Array<{ schema: Node; wireName: string }> = [];

  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const parameter of parameters) {
    if (!context.object(parameter)) continue;
    const name = context.string(parameter, "name", true);
    const location = context.string(parameter, "in", true);
    const description = oneLine(context.string(parameter, "description"));
    const schema = context.object(parameter.schema) ? parameter.schema : {};
    const transport = context.string(parameter, "x-obs-transport");
    if (transport !== undefined) {
      if (location !== "header") context.report(parameter, `"x-obs-transport" is for headers`, "x-obs-transport");
      transportHeaders.push({ wireName: name.toLowerCase(), description, role: transport, source: context.sourceOf(parameter) });
      continue;
    }
    if (location === "query" && parameter["x-obs-flag"] === true) {
      if (!subresources.includes(name)) {
        context.report(parameter, `flag "${name}" must also appear in the path key's query part ("${pathKey}")`, "name");
      }
      seenFlags.add(name);
      flags.push({ name, description, decision: context.string(parameter, "x-obs-decision"), source: context.sourceOf(parameter) });
      continue;
    }
    const member = context.string(parameter, "x-obs-member");
    if (member === undefined) {
      context.report(parameter, `parameter "${name}" needs "x-obs-member" (or "x-obs-transport")`);
      continue;
    }
    if (!/^[a-z][A-Za-z0-9]*$/.test(member)) context.report(parameter, `member "${member}" must be camelCase`, "x-obs-member");
    claimMember(parameter, member, `parameter "${name}"`);
    const error = context.string(parameter, "x-obs-error");
    useError(parameter, "x-obs-error", error, `${name} is invalid`);

    const prefix = context.string(parameter, "x-obs-prefix");
    if (prefix !== undefined) {
      if (location !== "header") context.report(parameter, `"x-obs-prefix" is for headers`, "x-obs-prefix");
      const limit = schema["x-obs-max-total-bytes"];
      if (limit !== undefined && !(typeof limit === "number" && Number.isInteger(limit) && limit > 0)) {
        context.report(schema, `"x-obs-max-total-bytes" must be a positive integer`, "x-obs-max-total-bytes");
      }
      if (limit !== undefined && error === undefined) context.report(parameter, `a size limit needs "x-obs-error"`);
      prefixHeaders.push({
        member,
        prefix: prefix.toLowerCase(),
        description,
        maxTotalBytes: typeof limit === "number" ? limit : undefined,
        error,
        decision: context.string(parameter, "x-obs-decision"),
        source: context.sourceOf(parameter),
      });
      continue;
    }

    const constraints = buildConstraints(context, schema);
    for (const constraint of constraints) if (constraint.kind === "md5Of") md5References.push({ schema, wireName: constraint.wireName });
    if (constraints.length > 0 && error === undefined) {
      context.report(parameter, `parameter "${name}" has constraints but no "x-obs-error" code`);
    }
    const example = parameter.example ?? schema.example;
    const binding: ScalarBinding = {
      member,
      location: location === "header" ? "header" : location === "query" ? "query" : "path",
      wireName: location === "header" ? name.toLowerCase() : name,
      description,
      required: parameter.required === true,
      type: buildScalarType(context, schema),
      constraints,
      error,
      sensitive: parameter["x-obs-sensitive"] === true,
      example: typeof example === "string" ? example : undefined,
      decision: context.string(parameter, "x-obs-decision"),
      source: context.sourceOf(parameter),
      schemaSource: context.sourceOf(schema),
    };
    // A missing required member answers InvalidArgument.
    if (binding.required) useError(parameter, "required", "InvalidArgument", `${name} is required`);
    if (location === "path") {
      if (!templateNames.includes(name)) context.report(parameter, `path parameter "${name}" is not in the path "${pathTemplate}"`, "name");
      if (parameter["x-obs-bucket"] === true) bucket = binding;
      else if (parameter["x-obs-greedy"] === true) key = binding;
      else context.report(parameter, `a path parameter is either the bucket (x-obs-bucket) or the object key (x-obs-greedy)`);
    } else if (location === "query") query.push(binding);
    else if (location === "header") headers.push(binding);
    else context.report(parameter, `parameters "in: ${location}" are not supported`, "in");
  }
  for (const flag of subresources) {
    if (!seenFlags.has(flag)) context.report(operation, `the path key's sub-resource "${flag}" has no query parameter with "x-obs-flag: true"`);
  }
  for (const name of templateNames) {
    if (name !== bucket?.wireName && name !== key?.wireName) context.report(operation, `path template name "{${name}}" has no parameter`);
  }

  const headerNames = new Set([...headers.map((h) => h.wireName), ...transportHeaders.map((h) => h.wireName)]);
  for (const { schema, wireName } of md5References) {
    if (!headers.some((h) => h.wireName === wireName)) {
      context.report(schema, `"x-obs-md5-of" names header "${wireName}", which this operation does not have`, "x-obs-md5-of");
    }
  }
  const rules = buildRules(context, operation, headerNames, useError);
  const response = buildResponse(context, operation, claimResponseMember(context));

  const extraErrors = Array.isArray(operation["x-obs-errors"]) ? operation["x-obs-errors"] : [];
  extraErrors.forEach((entry, index) => {
    if (!context.object(entry)) return context.report(operation, "must be { code, description }", "x-obs-errors");
    const code = context.string(entry, "code", true);
    useError(entry, "code", code, oneLine(context.string(entry, "description")) || `listed for the operation (#${index})`);
  });
  const responses = context.object(operation.responses) ? operation.responses : {};
  const errors: OperationError[] = [];
  for (const [code, use] of usedErrors) {
    const entry = catalog.get(code);
    if (!entry) continue;
    if (!Object.hasOwn(responses, String(entry.status))) {
      context.report(use.node, `error ${code} answers ${entry.status}, but the operation has no "${entry.status}" response`, use.key);
    }
    errors.push({ ...entry, reason: use.reason, usedAt: context.sourceOf(use.node, use.key) });
  }

  const samples: Sample[] = [];
  const sampleList = Array.isArray(operation["x-obs-samples"]) ? operation["x-obs-samples"] : [];
  for (const sample of sampleList) {
    if (!context.object(sample)) continue;
    samples.push({
      summary: context.string(sample, "summary", true),
      request: context.string(sample, "request", true),
      response: context.string(sample, "response", true),
    });
  }

  return {
    id,
    name: lowerFirst(id),
    summary: context.string(operation, "summary") ?? id,
    description: (context.string(operation, "description") ?? "").trim(),
    docId: context.string(operation, "x-obs-doc"),
    decision: context.string(operation, "x-obs-decision"),
    method: method.toUpperCase(),
    pathTemplate,
    subresources,
    flags,
    bucket,
    key,
    query,
    headers,
    prefixHeaders,
    transportHeaders,
    rules,
    response,
    errors,
    samples,
    docDifferences: buildDocDifferences(context, operation),
    source: context.sourceOf(operation),
  };
}

/** `x-obs-doc-differs` of an operation or of components. */
export function buildDocDifferences(context: ModelContext, node: Node): DocDifference[] {
  const list = node["x-obs-doc-differs"];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    context.report(node, `"x-obs-doc-differs" must be a list of { subject, kind, reason }`, "x-obs-doc-differs");
    return [];
  }
  return list.flatMap((entry) => {
    if (!context.object(entry)) return [];
    return [
      {
        subject: context.string(entry, "subject", true),
        kind: context.string(entry, "kind", true),
        reason: oneLine(context.string(entry, "reason", true)),
        source: context.sourceOf(entry),
      },
    ];
  });
}

function claimResponseMember(context: ModelContext) {
  const seen = new Set<string>();
  return (node: Node, member: string) => {
    if (seen.has(member)) context.report(node, `response member "${member}" is used twice`, "x-obs-member");
    seen.add(member);
  };
}

function buildRules(
  context: ModelContext,
  operation: Node,
  headerNames: Set<string>,
  useError: (node: Node, key: string, code: string | undefined, reason: string) => void,
): HeaderRule[] {
  const list = operation["x-obs-header-rules"];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    context.report(operation, `"x-obs-header-rules" must be a list`, "x-obs-header-rules");
    return [];
  }
  const rules: HeaderRule[] = [];
  for (const rule of list) {
    if (!context.object(rule)) continue;
    const error = context.string(rule, "error", true);
    const description = oneLine(context.string(rule, "description", true));
    const source = context.sourceOf(rule);
    useError(rule, "error", error, description);
    const known = (names: string[], key: string) => {
      for (const name of names) {
        if (!headerNames.has(name.toLowerCase())) context.report(rule, `rule names header "${name}", which this operation does not have`, key);
      }
      return names.map((name) => name.toLowerCase());
    };
    if (rule.together !== undefined) {
      const headers = context.stringList(rule, "together") ?? [];
      if (headers.length < 2) context.report(rule, `"together" needs at least two headers`, "together");
      rules.push({ kind: "together", headers: known(headers, "together"), error, description, source });
    } else if (rule.when !== undefined) {
      const when = context.string(rule, "when", true);
      const requires = context.stringList(rule, "requires") ?? [];
      if (requires.length === 0) context.report(rule, `"when" needs "requires"`, "requires");
      rules.push({ kind: "requires", when: known([when], "when")[0] ?? "", requires: known(requires, "requires"), error, description, source });
    } else if (rule.exclusive !== undefined) {
      const groups = Array.isArray(rule.exclusive) ? rule.exclusive : [];
      if (groups.length < 2 || !groups.every((g) => Array.isArray(g) && g.every((h) => typeof h === "string"))) {
        context.report(rule, `"exclusive" must be a list of at least two lists of header names`, "exclusive");
        continue;
      }
      rules.push({ kind: "exclusive", groups: (groups as string[][]).map((g) => known(g, "exclusive")), error, description, source });
    } else {
      context.report(rule, `a header rule needs "together", "when"/"requires" or "exclusive"`);
    }
  }
  return rules;
}

function buildResponse(context: ModelContext, operation: Node, claim: (node: Node, member: string) => void): OperationModel["response"] {
  const responses = context.object(operation.responses) ? operation.responses : {};
  const successKey = Object.keys(responses).find((status) => /^2\d\d$/.test(status));
  if (!successKey) {
    context.report(operation, "the operation needs a 2xx response", "responses");
    return { status: 200, description: "", headers: [], documentedHeaders: [], body: undefined };
  }
  const success = responses[successKey] as Node;
  const headers: ResponseHeaderBinding[] = [];
  const documentedHeaders: DocumentedHeader[] = [];
  const headerMap = context.object(success.headers) ? success.headers : {};
  for (const [wireName, header] of Object.entries(headerMap)) {
    if (!context.object(header)) continue;
    const description = oneLine(context.string(header, "description"));
    const member = context.string(header, "x-obs-member");
    if (member === undefined) {
      // Documented only, like Date: the HTTP layer writes it.
      documentedHeaders.push({ wireName, description, role: "http", source: context.sourceOf(header) });
      continue;
    }
    claim(header, member);
    headers.push({ member, wireName: wireName.toLowerCase(), description, source: context.sourceOf(header) });
  }
  let body: XmlShape | undefined;
  const content = context.object(success.content) ? success.content : {};
  for (const [mediaType, media] of Object.entries(content)) {
    if (mediaType !== "application/xml") {
      context.report(content, `only application/xml bodies are supported`, mediaType);
      continue;
    }
    if (context.object(media) && context.object(media.schema)) body = buildXmlShape(context, media.schema, claim);
  }
  return { status: Number(successKey), description: oneLine(context.string(success, "description")), headers, documentedHeaders, body };
}

export function buildXmlShape(context: ModelContext, schema: Node, claim?: (node: Node, member: string) => void): XmlShape {
  const xml = context.object(schema.xml) ? schema.xml : undefined;
  if (!xml) context.report(schema, `an XML body schema needs "xml: { name }"`);
  const required = new Set(context.stringList(schema, "required") ?? []);
  const properties = context.object(schema.properties) ? schema.properties : {};
  const members = Object.entries(properties).flatMap(([xmlName, property]) => {
    if (!context.object(property)) return [];
    if (property.type !== "string") context.report(property, `only string XML elements are supported so far`, "type");
    const member = claim ? context.string(property, "x-obs-member") : lowerFirst(xmlName);
    if (member === undefined) {
      context.report(property, `XML element "${xmlName}" needs "x-obs-member"`);
      return [];
    }
    if (claim) claim(property, member);
    return [{ member, xmlName, description: oneLine(context.string(property, "description")), required: required.has(xmlName), source: context.sourceOf(property) }];
  });
  return {
    name: xml ? context.string(xml, "name", true) : "",
    namespace: xml ? context.string(xml, "namespace") : undefined,
    description: oneLine(context.string(schema, "description")),
    members,
    source: context.sourceOf(schema),
  };
}
