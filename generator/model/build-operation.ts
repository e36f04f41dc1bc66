import type { ModelContext } from "./context.js";
import { buildScalarType, scalarKind } from "./constraints.js";
import { buildBinding, buildPrefixFamily } from "./build-binding.js";
import type { ShapeBuilder } from "./build-shape.js";
import { buildJsonDocument } from "./build-json.js";
import { BODY_UNITS } from "../bodies/index.js";
import { PAYLOAD_HEADERS } from "../../runtime/server/payload-headers.js";
import type {
  DocDifference,
  DocumentedHeader,
  ErrorCode,
  FlagParameter,
  HeaderRule,
  OperationError,
  OperationGroup,
  OperationModel,
  Pagination,
  PrefixHeaderBinding,
  RequestPayload,
  AlternativeStatus,
  HeaderOnlyError,
  ResponseHeaderBinding,
  ResponsePrefixHeaderBinding,
  Sample,
  ScalarBinding,
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
  shapes: ShapeBuilder,
  group: OperationGroup,
): OperationModel | undefined {
  const id = context.string(operation, "operationId", true);
  if (id && !/^[A-Z][A-Za-z0-9]*$/.test(id))
    context.report(operation, `operationId "${id}" must be PascalCase`, "operationId");
  const [pathTemplate = "", queryPart] = pathKey.split("?");
  const selectors = queryPart ? queryPart.split("&").map((flag) => flag.split("=")[0] ?? "") : [];
  if (new Set(selectors).size !== selectors.length)
    context.report(operation, `the path key "${pathKey}" names a query key twice`);
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
  const seenSelectors = new Set<string>();
  const headerSelectors: string[] = [];
  const flags: FlagParameter[] = [];
  const seenParameters = new Map<string, Node>();
  // Schemas whose x-obs-md5-of names another header, checked once every header is known.
  const md5References: Array<{ schema: Node; wireName: string }> = [];

  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  for (const parameter of parameters) {
    if (!context.object(parameter)) continue;
    const name = context.string(parameter, "name", true);
    const location = context.string(parameter, "in", true);
    const description = oneLine(context.string(parameter, "description"));
    const schema = context.object(parameter.schema) ? parameter.schema : {};
    // Header names are case-insensitive; query and path names are not.
    const identity = `${location} ${location === "header" ? name.toLowerCase() : name}`;
    if (seenParameters.has(identity)) {
      context.report(parameter, `parameter "${name}" (in: ${location}) is declared twice`, "name");
      continue;
    }
    seenParameters.set(identity, parameter);
    if (location === "header" && name.includes("*") && parameter["x-obs-prefix"] === undefined) {
      context.report(parameter, `header "${name}" names a family: say so with "x-obs-prefix"`, "name");
      continue;
    }
    const transport = context.string(parameter, "x-obs-transport");
    if (transport !== undefined) {
      if (location !== "header") context.report(parameter, `"x-obs-transport" is for headers`, "x-obs-transport");
      const required = parameter.required === true;
      const error = context.string(parameter, "x-obs-error") ?? (required ? "InvalidRequest" : undefined);
      if (required) useError(parameter, "required", error, `the ${name} header is required`);
      else if (error !== undefined)
        context.report(parameter, `"x-obs-error" on a transport header is for "required: true"`, "x-obs-error");
      transportHeaders.push({
        wireName: name.toLowerCase(),
        description,
        role: transport,
        required,
        error,
        source: context.sourceOf(parameter),
      });
      continue;
    }
    if (location === "header" && PAYLOAD_HEADERS.has(name.toLowerCase())) {
      context.report(
        parameter,
        `header "${name}" is checked against the body by the server's payload layer: declare it with "x-obs-transport: http" (not a member)`,
        "name",
      );
      continue;
    }
    if (parameter.allowEmptyValue !== undefined && parameter["x-obs-flag"] !== true) {
      context.report(parameter, `"allowEmptyValue" is for sub-resource flags (x-obs-flag)`, "allowEmptyValue");
    }
    if (location === "query" && parameter["x-obs-flag"] === true) {
      if (!selectors.includes(name)) {
        context.report(
          parameter,
          `flag "${name}" must also appear in the path key's query part ("${pathKey}")`,
          "name",
        );
      }
      seenSelectors.add(name);
      flags.push({
        name,
        description,
        decision: context.string(parameter, "x-obs-decision"),
        source: context.sourceOf(parameter),
      });
      continue;
    }
    const member = context.string(parameter, "x-obs-member");
    if (member === undefined) {
      context.report(parameter, `parameter "${name}" needs "x-obs-member" (or "x-obs-transport")`);
      continue;
    }
    if (!/^[a-z][A-Za-z0-9]*$/.test(member))
      context.report(parameter, `member "${member}" must be camelCase`, "x-obs-member");
    claimMember(parameter, member, `parameter "${name}"`);
    const error = context.string(parameter, "x-obs-error");
    useError(parameter, "x-obs-error", error, `${name} is invalid`);

    const prefix = context.string(parameter, "x-obs-prefix");
    if (prefix !== undefined) {
      if (location !== "header") context.report(parameter, `"x-obs-prefix" is for headers`, "x-obs-prefix");
      prefixHeaders.push(
        buildPrefixFamily(context, {
          node: parameter,
          schema,
          what: "header",
          nameKey: "name",
          name,
          prefix,
          member,
          description,
          error,
        }),
      );
      continue;
    }

    // A path key's query key names a query parameter or, for selection by a header's presence
    // (x-amz-copy-source makes a PUT a copy), a header.
    const selectedBy =
      location === "query"
        ? selectors.find((s) => s === name)
        : location === "header"
          ? selectors.find((s) => s.toLowerCase() === name.toLowerCase())
          : undefined;
    const selector = selectedBy !== undefined;
    if (selectedBy !== undefined) {
      seenSelectors.add(selectedBy);
      if (location === "header") headerSelectors.push(name.toLowerCase());
      if (parameter.required !== true)
        context.report(
          parameter,
          `${location === "query" ? "query parameter" : "header"} "${name}" selects the operation (it is in the path key), so it must be required`,
          "required",
        );
    }
    const binding = buildBinding(context, {
      node: parameter,
      schema,
      label: `parameter "${name}"`,
      member,
      location: location === "header" ? "header" : location === "query" ? "query" : "path",
      wireName: location === "header" ? name.toLowerCase() : name,
      description,
      required: parameter.required === true,
      error,
      selector,
      component: context.componentName(parameter, "parameters"),
    });
    for (const constraint of binding.constraints)
      if (constraint.kind === "md5Of") md5References.push({ schema, wireName: constraint.wireName });
    // A missing required member answers InvalidArgument.
    if (binding.required) useError(parameter, "required", "InvalidArgument", `${name} is required`);
    if (location === "path") {
      if (binding.type.kind !== "string") context.report(schema, `a path parameter is a string`, "type");
      if (!templateNames.includes(name))
        context.report(parameter, `path parameter "${name}" is not in the path "${pathTemplate}"`, "name");
      if (parameter["x-obs-bucket"] === true) bucket = binding;
      else if (parameter["x-obs-greedy"] === true) key = binding;
      else
        context.report(
          parameter,
          `a path parameter is either the bucket (x-obs-bucket) or the object key (x-obs-greedy)`,
        );
    } else if (location === "query") query.push(binding);
    else if (location === "header") headers.push(binding);
    else context.report(parameter, `parameters "in: ${location}" are not supported`, "in");
  }
  for (const name of selectors) {
    if (!seenSelectors.has(name))
      context.report(
        operation,
        `the path key's query key "${name}" has no query parameter (a flag with "x-obs-flag: true", or a required member) nor a required header`,
      );
  }
  for (const name of templateNames) {
    if (name !== bucket?.wireName && name !== key?.wireName)
      context.report(operation, `path template name "{${name}}" has no parameter`);
  }

  const level = key ? "object" : bucket ? "bucket" : "service";
  if (level === "service" && pathTemplate !== "/")
    context.report(operation, `the path "${pathTemplate}" has no bucket parameter; the service root is "/"`);

  const headerNames = new Set([...headers.map((h) => h.wireName), ...transportHeaders.map((h) => h.wireName)]);
  const queryNames = new Set(query.map((q) => q.wireName));
  for (const { schema, wireName } of md5References) {
    if (!headers.some((h) => h.wireName === wireName)) {
      context.report(
        schema,
        `"x-obs-md5-of" names header "${wireName}", which this operation does not have`,
        "x-obs-md5-of",
      );
    }
  }
  const payload = buildRequestPayload(context, operation, shapes, claimMember, useError);
  const bodyNames = new Set(
    payload?.kind === "xml"
      ? payload.document.members.map((m) => m.xmlName)
      : payload?.kind === "form"
        ? payload.fields.map((field) => field.wireName)
        : [],
  );
  const rules = buildRules(context, operation, headerNames, queryNames, bodyNames, useError);
  const response = buildResponse(context, operation, claimResponseMember(context), shapes, catalog, useError);

  const extraErrors = Array.isArray(operation["x-obs-errors"]) ? operation["x-obs-errors"] : [];
  extraErrors.forEach((entry, index) => {
    if (!context.object(entry)) return context.report(operation, "must be { code, description }", "x-obs-errors");
    const code = context.string(entry, "code", true);
    useError(
      entry,
      "code",
      code,
      oneLine(context.string(entry, "description")) || `listed for the operation (#${index})`,
    );
  });
  const responses = context.object(operation.responses) ? operation.responses : {};
  // The vocabulary's keys of a response, by what the response is (a 3xx a status member chooses is an answer).
  const statusChosen = response.statusMember !== undefined;
  for (const [status, entry] of Object.entries(responses)) {
    if (!context.object(entry)) continue;
    const answer =
      /^2\d\d$/.test(status) || (statusChosen && /^3\d\d$/.test(status) && entry["x-obs-error"] === undefined);
    const misplaced = answer ? ["x-obs-error"] : ["x-obs-when", "x-obs-member", "x-obs-status-member"];
    for (const key of misplaced)
      if (entry[key] !== undefined) context.report(entry, `"${key}" does not belong in a ${status[0]}xx response`, key);
  }
  const errors: OperationError[] = [];
  for (const [code, use] of usedErrors) {
    const entry = catalog.get(code);
    if (!entry) continue;
    if (!Object.hasOwn(responses, String(entry.status))) {
      context.report(
        use.node,
        `error ${code} answers ${entry.status}, but the operation has no "${entry.status}" response`,
        use.key,
      );
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

  const pagination = buildPagination(
    context,
    operation,
    { bindings: [bucket, key, ...query, ...headers], payload },
    response,
  );

  return {
    id,
    name: lowerFirst(id),
    summary: context.string(operation, "summary") ?? id,
    group,
    anonymous: operation["x-obs-anonymous"] === true,
    description: (context.string(operation, "description") ?? "").trim(),
    docId: context.string(operation, "x-obs-doc"),
    decision: context.string(operation, "x-obs-decision"),
    method: method.toUpperCase(),
    pathTemplate,
    level,
    subresources: flags.map((flag) => flag.name),
    selectors: selectors.filter((name) => !headerSelectors.includes(name.toLowerCase())),
    headerSelectors,
    flags,
    bucket,
    key,
    query,
    headers,
    prefixHeaders,
    transportHeaders,
    rules,
    payload,
    response,
    errors,
    pagination,
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
  queryNames: Set<string>,
  bodyNames: Set<string>,
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
    // A name is a header (any case), a query parameter or a top-level element of the XML body (as written).
    const known = (names: string[], key: string) =>
      names.map((name) => {
        if (headerNames.has(name.toLowerCase())) return name.toLowerCase();
        if (!queryNames.has(name) && !bodyNames.has(name)) {
          context.report(
            rule,
            `rule names header "${name}", which this operation does not have (nor a query parameter or body element of that name)`,
            key,
          );
        }
        return name;
      });
    if (rule.together !== undefined) {
      const headers = context.stringList(rule, "together") ?? [];
      if (headers.length < 2) context.report(rule, `"together" needs at least two headers`, "together");
      rules.push({ kind: "together", headers: known(headers, "together"), error, description, source });
    } else if (rule.when !== undefined) {
      const when = context.string(rule, "when", true);
      const requires = context.stringList(rule, "requires") ?? [];
      if (requires.length === 0) context.report(rule, `"when" needs "requires"`, "requires");
      rules.push({
        kind: "requires",
        when: known([when], "when")[0] ?? "",
        requires: known(requires, "requires"),
        error,
        description,
        source,
      });
    } else if (rule.exclusive !== undefined) {
      const groups = Array.isArray(rule.exclusive) ? rule.exclusive : [];
      if (groups.length < 2 || !groups.every((g) => Array.isArray(g) && g.every((h) => typeof h === "string"))) {
        context.report(rule, `"exclusive" must be a list of at least two lists of header names`, "exclusive");
        continue;
      }
      rules.push({
        kind: "exclusive",
        groups: (groups as string[][]).map((g) => known(g, "exclusive")),
        error,
        description,
        source,
      });
    } else if (rule.anyOf !== undefined) {
      const headers = context.stringList(rule, "anyOf") ?? [];
      if (headers.length < 2) context.report(rule, `"anyOf" needs at least two headers`, "anyOf");
      rules.push({ kind: "anyOf", headers: known(headers, "anyOf"), error, description, source });
    } else {
      context.report(rule, `a header rule needs "together", "when"/"requires", "exclusive" or "anyOf"`);
    }
  }
  return rules;
}

/** `x-obs-paginated`, each name checked against the input and output members and their types. */
function buildPagination(
  context: ModelContext,
  operation: Node,
  input: { bindings: Array<ScalarBinding | undefined>; payload: RequestPayload | undefined },
  response: OperationModel["response"],
): Pagination | undefined {
  const node = operation["x-obs-paginated"];
  if (node === undefined) return undefined;
  if (!context.object(node)) {
    context.report(
      operation,
      `"x-obs-paginated" must be { inputTokens, outputTokens, truncated, pageSize?, items }`,
      "x-obs-paginated",
    );
    return undefined;
  }
  for (const key of Object.keys(node))
    if (!["inputTokens", "outputTokens", "truncated", "pageSize", "items"].includes(key))
      context.report(node, `unknown key "${key}"`, key);
  const inputs = new Map(input.bindings.filter((b): b is ScalarBinding => b !== undefined).map((b) => [b.member, b]));
  const outputs = new Map((response.body?.members ?? []).map((m) => [m.member, m]));
  const inputTokens = context.stringList(node, "inputTokens") ?? [];
  const outputTokens = context.stringList(node, "outputTokens") ?? [];
  const items = context.stringList(node, "items") ?? [];
  const truncated = context.string(node, "truncated", true);
  const pageSize = context.string(node, "pageSize");
  if (inputTokens.length === 0 || inputTokens.length !== outputTokens.length)
    context.report(
      node,
      `"inputTokens" and "outputTokens" name the same number of members (at least one)`,
      "outputTokens",
    );
  for (const name of [...inputTokens, ...(pageSize ? [pageSize] : [])]) {
    const binding = inputs.get(name);
    if (!binding || binding.location !== "query")
      context.report(
        node,
        `"${name}" is not a query member of the input`,
        name === pageSize ? "pageSize" : "inputTokens",
      );
  }
  if (pageSize && inputs.get(pageSize)?.type.kind !== "integer")
    context.report(node, `the page size "${pageSize}" must be an integer member`, "pageSize");
  for (const name of outputTokens) {
    const member = outputs.get(name);
    if (!member || member.list || member.shape.kind !== "scalar")
      context.report(node, `"${name}" is not a scalar element of the response`, "outputTokens");
  }
  inputTokens.forEach((name, index) => {
    const out = outputs.get(outputTokens[index] ?? "");
    const kind = inputs.get(name)?.type.kind;
    if (out?.shape.kind === "scalar" && kind !== undefined && out.shape.type.kind !== kind)
      context.report(node, `"${name}" and "${outputTokens[index]}" are not of the same type`, "outputTokens");
  });
  const flag = outputs.get(truncated);
  if (!flag || flag.shape.kind !== "scalar" || flag.shape.type.kind !== "boolean")
    context.report(node, `"${truncated}" is not a boolean element of the response`, "truncated");
  for (const name of items)
    if (!outputs.get(name)?.list) context.report(node, `"${name}" is not a list of the response`, "items");
  return { inputTokens, outputTokens, truncated, pageSize, items, source: context.sourceOf(node) };
}

function buildRequestPayload(
  context: ModelContext,
  operation: Node,
  shapes: ShapeBuilder,
  claim: (node: Node, member: string, owner: string) => void,
  useError: (node: Node, key: string, code: string | undefined, reason: string) => void,
): RequestPayload | undefined {
  const body = operation.requestBody;
  if (body === undefined) return undefined;
  if (!context.object(body)) {
    context.report(operation, `"requestBody" must be an object`, "requestBody");
    return undefined;
  }
  const content = context.object(body.content) ? body.content : {};
  const entries = Object.entries(content);
  if (entries.length !== 1) {
    context.report(
      body,
      `a request body has exactly one media type (${BODY_UNITS.map((u) => u.mediaType).join(" or ")})`,
      "content",
    );
    return undefined;
  }
  const [mediaType, media] = entries[0] as [string, unknown];
  if (!context.object(media) || !context.object(media.schema)) {
    context.report(content, `needs a "schema"`, mediaType);
    return undefined;
  }
  const unit = BODY_UNITS.find((candidate) => candidate.mediaType === mediaType);
  if (unit)
    return unit.parse({
      context,
      shapes,
      body,
      schema: media.schema,
      required: body.required === true,
      description: oneLine(context.string(body, "description")),
      error: context.string(body, "x-obs-error"),
      source: context.sourceOf(body),
      claim,
      useError,
    });
  context.report(
    content,
    `unsupported request media type "${mediaType}" (${BODY_UNITS.map((u) => u.mediaType).join(" or ")})`,
    mediaType,
  );
  return undefined;
}

function buildResponse(
  context: ModelContext,
  operation: Node,
  claim: (node: Node, member: string) => void,
  shapes: ShapeBuilder,
  catalog: Map<string, ErrorCode>,
  useError: (node: Node, key: string, code: string | undefined, reason: string) => void,
): OperationModel["response"] {
  const responses = context.object(operation.responses) ? operation.responses : {};
  // The primary 2xx is the one with `x-obs-status-member` or, without one, the one without
  // `x-obs-when`; the others name the output member that selects them, or the status member does
  // (a 3xx too: a 303 redirect after a form upload).
  const chosen = Object.keys(responses).filter((status) => {
    const entry = responses[status];
    return context.object(entry) && entry["x-obs-status-member"] !== undefined;
  });
  const statusChosen = chosen.length > 0;
  const successKeys = Object.keys(responses).filter(
    (status) =>
      /^2\d\d$/.test(status) ||
      (statusChosen && /^3\d\d$/.test(status) && (responses[status] as Node)["x-obs-error"] === undefined),
  );
  const primaryKeys = statusChosen
    ? chosen
    : successKeys.filter((status) => {
        const entry = responses[status];
        return !(context.object(entry) && entry["x-obs-when"] !== undefined);
      });
  if (primaryKeys.length > 1)
    context.report(
      operation,
      statusChosen
        ? `more than one response names "x-obs-status-member": ${primaryKeys.join(", ")}`
        : `the operation has more than one 2xx response without "x-obs-when" (the output member that selects it): ${primaryKeys.join(", ")}`,
      "responses",
    );
  if (primaryKeys.length === 0) {
    context.report(operation, "the operation needs a 2xx response", "responses");
    return {
      status: 200,
      description: "",
      headers: [],
      prefixHeaders: [],
      alternatives: [],
      statusMember: undefined,
      headerOnlyErrors: [],
      documentedHeaders: [],
      body: undefined,
      blob: undefined,
      json: undefined,
    };
  }
  const successKey = primaryKeys[0] as string;
  const success = responses[successKey] as Node;
  const headers: ResponseHeaderBinding[] = [];
  const prefixHeaders: ResponsePrefixHeaderBinding[] = [];
  const documentedHeaders: DocumentedHeader[] = [];
  const headerMap = context.object(success.headers) ? success.headers : {};
  for (const [wireName, header] of Object.entries(headerMap)) {
    if (!context.object(header)) continue;
    const description = oneLine(context.string(header, "description"));
    const member = context.string(header, "x-obs-member");
    const prefix = context.string(header, "x-obs-prefix");
    if (wireName.includes("*") && prefix === undefined) {
      context.report(headerMap, `response header "${wireName}" names a family: say so with "x-obs-prefix"`, wireName);
      continue;
    }
    if (member === undefined) {
      if (header.required !== undefined)
        context.report(
          header,
          `"required" needs "x-obs-member" (a documented-only header is never checked)`,
          "required",
        );
      if (prefix !== undefined) context.report(header, `a prefix header family needs "x-obs-member"`, "x-obs-prefix");
      // Documented only, like Date: the HTTP layer writes it.
      documentedHeaders.push({
        wireName,
        description,
        role: "http",
        required: false,
        error: undefined,
        source: context.sourceOf(header),
      });
      continue;
    }
    claim(header, member);
    const schema = context.object(header.schema) ? header.schema : {};
    if (prefix !== undefined) {
      if (wireName.toLowerCase() !== `${prefix.toLowerCase()}*`)
        context.report(header, `a prefix header family is named "${prefix}*"`, "x-obs-prefix");
      if (header.required !== undefined) context.report(header, `a prefix header family is never required`, "required");
      if (schema.type !== "object")
        context.report(
          header,
          `a prefix header family's schema is { type: object, additionalProperties: { type: string } }`,
          "schema",
        );
      prefixHeaders.push({ member, prefix: prefix.toLowerCase(), description, source: context.sourceOf(header) });
      continue;
    }
    const kind = scalarKind(context, schema);
    headers.push({
      member,
      wireName: wireName.toLowerCase(),
      description,
      required: header.required === true,
      type: buildScalarType(context, schema, kind),
      source: context.sourceOf(header),
    });
  }
  let body: OperationModel["response"]["body"];
  let blob: OperationModel["response"]["blob"];
  let json: OperationModel["response"]["json"];
  const content = context.object(success.content) ? success.content : {};
  if (successKey === "204" && Object.keys(content).length > 0)
    context.report(success, "a 204 response carries no body", "content");
  for (const [mediaType, media] of Object.entries(content)) {
    if (!context.object(media) || !context.object(media.schema)) continue;
    if (mediaType === "application/xml") body = shapes.document(media.schema, claim);
    else if (mediaType === "application/octet-stream") {
      const member = context.string(success, "x-obs-member");
      if (member === undefined)
        context.report(success, `a byte-stream response needs "x-obs-member" (its output member)`);
      else claim(success, member);
      blob = { member: member ?? "body", description: oneLine(context.string(media.schema, "description")) };
    } else if (mediaType === "application/json") {
      const member = context.string(success, "x-obs-member");
      if (member === undefined) context.report(success, `a JSON response needs "x-obs-member" (its output member)`);
      else claim(success, member);
      json = buildJsonDocument(
        context,
        media.schema,
        member ?? "document",
        oneLine(context.string(media.schema, "description")),
      );
    } else
      context.report(
        content,
        `unsupported response media type "${mediaType}" (application/xml, application/json or application/octet-stream)`,
        mediaType,
      );
  }
  if ([body, blob, json].filter(Boolean).length > 1)
    context.report(content, "a response has one body: an XML document, a JSON document or a byte stream");

  const statusMember = context.string(success, "x-obs-status-member");
  if (statusMember !== undefined) {
    claim(success, statusMember);
    if (!/^2\d\d$/.test(successKey))
      context.report(success, `the primary response of a status member is a 2xx`, "x-obs-status-member");
  }
  const outputMembers = new Set([...headers.map((h) => h.member), ...(body?.members.map((m) => m.member) ?? [])]);
  const alternatives: AlternativeStatus[] = [];
  for (const status of successKeys.filter((key) => !primaryKeys.includes(key))) {
    const entry = responses[status] as Node;
    const when =
      statusMember === undefined ? context.string(entry, "x-obs-when", true) : context.string(entry, "x-obs-when");
    if (when !== undefined && !outputMembers.has(when))
      context.report(
        entry,
        `"x-obs-when" names "${when}", which is not a header or element of the ${successKey} response`,
        "x-obs-when",
      );
    alternatives.push({
      status: Number(status),
      when,
      body: alternativeBody(context, entry, shapes, claim),
      description: oneLine(context.string(entry, "description")),
      source: context.sourceOf(entry),
    });
  }

  const headerOnlyErrors: HeaderOnlyError[] = [];
  for (const [status, entry] of Object.entries(responses)) {
    if (successKeys.includes(status) || !context.object(entry) || entry.content !== undefined) continue;
    const code = context.string(entry, "x-obs-error");
    if (code === undefined) {
      // A bare 4xx or 5xx documents a status whose answers carry the error body; a 3xx, or one
      // with headers, has neither body nor code to name it by.
      if (/^3\d\d$/.test(status) || entry.headers !== undefined)
        context.report(
          entry,
          `a response without a body that is not a success, a 3xx or one with headers, needs "x-obs-error" (the code it answers)`,
        );
      continue;
    }
    const known = catalog.get(code);
    if (known && String(known.status) !== status)
      context.report(entry, `error ${code} answers ${known.status}, not ${status}`, "x-obs-error");
    useError(entry, "x-obs-error", code, oneLine(context.string(entry, "description")) || `answered with ${status}`);
    const documented = context.object(entry.headers) ? entry.headers : {};
    headerOnlyErrors.push({
      status: Number(status),
      code,
      description: oneLine(context.string(entry, "description")),
      headers: Object.entries(documented).flatMap(([wireName, header]) =>
        context.object(header)
          ? [
              {
                wireName: wireName.toLowerCase(),
                description: oneLine(context.string(header, "description")),
                role: "http",
                required: false,
                error: undefined,
                source: context.sourceOf(header),
              },
            ]
          : [],
      ),
      source: context.sourceOf(entry),
    });
  }
  return {
    status: Number(successKey),
    description: oneLine(context.string(success, "description")),
    headers,
    prefixHeaders,
    alternatives,
    statusMember,
    headerOnlyErrors,
    documentedHeaders,
    body,
    blob,
    json,
  };
}

/**
 * The XML document an alternative status answers instead of the primary body, held whole by its
 * `x-obs-member` (its elements are not members of the output: the primary's headers may share
 * their names). Only a status member's alternatives carry one.
 */
function alternativeBody(
  context: ModelContext,
  entry: Node,
  shapes: ShapeBuilder,
  claim: (node: Node, member: string) => void,
): AlternativeStatus["body"] {
  const content = context.object(entry.content) ? entry.content : undefined;
  if (content === undefined) return undefined;
  const media = content["application/xml"];
  if (Object.keys(content).length !== 1 || !context.object(media) || !context.object(media.schema)) {
    context.report(entry, `another status's body is one XML document (application/xml)`, "content");
    return undefined;
  }
  if (entry["x-obs-when"] !== undefined)
    context.report(
      entry,
      `a status with a body of its own is chosen by the status member, not "x-obs-when"`,
      "x-obs-when",
    );
  const member = context.string(entry, "x-obs-member");
  if (member === undefined) {
    context.report(entry, `another status's body needs "x-obs-member" (the output member that holds it)`);
    return undefined;
  }
  claim(entry, member);
  return { member, document: shapes.document(media.schema) };
}
