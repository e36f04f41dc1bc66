import { BODY_UNITS } from "../bodies/index.js";
import { FORMATS, KEYWORDS } from "../keywords/index.js";

/**
 * The spec's vocabulary as a JSON Schema over the loaded spec (every `$ref` resolved): each kind
 * of object, the keys it may have and what their values are. ajv checks it before anything is
 * modelled (check-spec.ts), so a key the generator does not implement, a value of the wrong type
 * or a misplaced extension is reported with its file, line and pointer; the model then checks
 * what a schema cannot say (a rule naming a header the operation has, a member used twice).
 * Each object kind's `title` names it in the messages.
 */
type Schema = Record<string, unknown>;

const string: Schema = { type: "string" };
const boolean: Schema = { type: "boolean" };
const strings: Schema = { type: "array", items: string };
const count: Schema = { type: "integer", minimum: 0 };
const positive: Schema = { type: "integer", minimum: 1 };
const mapOf = (title: string, value: Schema): Schema => ({ title, type: "object", additionalProperties: value });
/** Query keys, each once. */
const queryKeys: Schema = { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true };

/** An object of exactly these keys (`x-obs-decision` is welcome anywhere). */
const object = (title: string, properties: Schema, required: string[] = []): Schema => ({
  title,
  type: "object",
  properties: { ...properties, "x-obs-decision": string },
  ...(required.length > 0 && { required }),
  additionalProperties: false,
});

/** `x-obs-doc-differs`: known differences from the source page. */
const docDiffers: Schema = { $ref: "#/definitions/docDiffers" };
const docDiffersSchema: Schema = {
  type: "array",
  items: object("a documented difference", { subject: string, kind: string, reason: string }, [
    "subject",
    "kind",
    "reason",
  ]),
};

/** A scalar's schema: OpenAPI's keys the generator implements, and each constraint keyword's own (generator/keywords). */
const scalarProperties: Schema = {
  type: { enum: ["string", "integer", "boolean"] },
  format: string,
  description: string,
  default: {},
  example: {},
  title: string,
  "x-obs-format": { enum: FORMATS },
  "x-obs-default-outside": object(
    "x-obs-default-outside",
    { minimum: { type: "integer" }, maximum: { type: "integer" } },
    ["minimum", "maximum"],
  ),
  ...Object.assign({}, ...KEYWORDS.map((keyword) => keyword.keys)),
};
const scalarSchema = (title: string, extra: Schema = {}): Schema => object(title, { ...scalarProperties, ...extra });

/** A prefix header family's schema (`x-amz-meta-*`): a record of strings, bounded in bytes. */
const familySchema = object("a header family's schema", {
  type: { const: "object" },
  description: string,
  additionalProperties: object("a header family's values", { type: { const: "string" } }),
  "x-obs-max-total-bytes": positive,
});

/** A header parameter or response header whose `x-obs-prefix` makes it a family takes the family's schema. */
const schemaByFamily: Schema = {
  if: { required: ["x-obs-prefix"] },
  then: { properties: { schema: { $ref: "#/definitions/family" } } },
  else: { properties: { schema: { $ref: "#/definitions/scalar" } } },
};

const parameterSchema: Schema = {
  ...object(
    "a parameter",
    {
      name: string,
      in: { enum: ["path", "query", "header"] },
      required: boolean,
      description: string,
      schema: { type: "object" },
      example: {},
      allowEmptyValue: boolean,
      "x-obs-member": string,
      "x-obs-error": string,
      "x-obs-bucket": boolean,
      "x-obs-greedy": boolean,
      "x-obs-flag": boolean,
      "x-obs-transport": { enum: ["http", "signing"] },
      "x-obs-prefix": string,
      "x-obs-sensitive": boolean,
      "x-obs-doc-differs": docDiffers,
    },
    ["name", "in"],
  ),
  ...schemaByFamily,
};

const xml = object("an xml object", {
  name: string,
  namespace: string,
  wrapped: boolean,
  attribute: boolean,
  prefix: string,
});

/** An XML schema: a structure (`type: object`), a list (`type: array`) or a scalar element. */
const xmlSchema: Schema = {
  if: { properties: { type: { const: "object" } }, required: ["type"] },
  then: { $ref: "#/definitions/structure" },
  else: {
    if: { properties: { type: { const: "array" } }, required: ["type"] },
    then: { $ref: "#/definitions/list" },
    else: { $ref: "#/definitions/element" },
  },
};
const member = { "x-obs-member": string, "x-obs-error": string };
const structure = object("an XML structure schema", {
  type: { const: "object" },
  description: string,
  title: string,
  example: {},
  xml,
  required: strings,
  properties: mapOf("an XML structure's properties", { $ref: "#/definitions/xmlSchema" }),
  ...member,
});
const list = object("an XML list schema", {
  type: { const: "array" },
  description: string,
  xml,
  items: { $ref: "#/definitions/xmlSchema" },
  minItems: count,
  maxItems: count,
  ...member,
});
const element = scalarSchema("an XML element schema", { xml, ...member });

/** A byte stream's schema (`application/octet-stream`). */
const binary = object("a byte-stream schema", {
  type: { const: "string" },
  format: { const: "binary" },
  description: string,
  "x-obs-max-bytes": positive,
});
/** A JSON document's schema (`application/json`): the JSON Schema subset generator/model/build-json.ts models. */
const jsonSchema = object("a JSON schema", {
  type: { enum: ["object", "array", "string", "integer", "boolean"] },
  description: string,
  title: string,
  example: {},
  properties: mapOf("a JSON object's properties", { $ref: "#/definitions/jsonSchema" }),
  required: strings,
  additionalProperties: { anyOf: [{ $ref: "#/definitions/jsonSchema" }, { const: false }] },
  items: { $ref: "#/definitions/jsonSchema" },
  minItems: count,
  maxItems: count,
  enum: strings,
  pattern: string,
  minLength: count,
  maxLength: count,
  minimum: { type: "integer" },
  maximum: { type: "integer" },
  oneOf: { type: "array", items: { $ref: "#/definitions/jsonSchema" }, minItems: 1 },
});
/** A form's field (`multipart/form-data`): a family by prefix, the file, or a scalar. */
const field = { "x-obs-member": string, "x-obs-error": string };
const formField: Schema = {
  if: { required: ["x-obs-prefix"] },
  then: object("a form field family", {
    type: { const: "object" },
    description: string,
    additionalProperties: object("a field family's values", { type: { const: "string" } }),
    "x-obs-max-total-bytes": positive,
    "x-obs-prefix": string,
    ...field,
  }),
  else: {
    if: { properties: { format: { const: "binary" } }, required: ["format"] },
    then: object("a form's file field", {
      type: { const: "string" },
      format: { const: "binary" },
      description: string,
      "x-obs-max-bytes": positive,
      ...field,
    }),
    else: scalarSchema("a form field", { ...field, "x-obs-sensitive": boolean }),
  },
};
const formSchema = object("a form's schema", {
  type: { const: "object" },
  description: string,
  required: strings,
  properties: mapOf("a form's fields", { $ref: "#/definitions/formField" }),
});
const bodySchemaOf = (kind: string): Schema =>
  kind === "blob"
    ? binary
    : kind === "json"
      ? { $ref: "#/definitions/jsonSchema" }
      : kind === "form"
        ? formSchema
        : { $ref: "#/definitions/xmlSchema" };
const mediaTypesSchema = object(
  "a body's content",
  Object.fromEntries(
    BODY_UNITS.map((unit) => [
      unit.mediaType,
      object("a media type", { schema: bodySchemaOf(unit.kind), example: {} }),
    ]),
  ),
);

const responseHeaderSchema: Schema = {
  ...object("a response header", {
    description: string,
    schema: { type: "object" },
    required: boolean,
    example: {},
    "x-obs-member": string,
    "x-obs-prefix": string,
  }),
  ...schemaByFamily,
};

const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });
const parameter = ref("parameter");
const responseHeader = ref("responseHeader");
const response = ref("response");

const responseSchema = object("a response", {
  description: string,
  headers: mapOf("a response's headers", responseHeader),
  content: { $ref: "#/definitions/mediaTypes" },
  "x-obs-when": string,
  "x-obs-error": string,
  "x-obs-member": string,
  "x-obs-status-member": string,
});

const headerRule = object("a header rule", {
  together: strings,
  when: string,
  requires: strings,
  exclusive: { type: "array", items: strings },
  anyOf: strings,
  error: string,
  description: string,
});

const operationSchema = object(
  "an operation",
  {
    operationId: string,
    summary: string,
    description: string,
    tags: { ...strings, maxItems: 1 },
    parameters: { type: "array", items: parameter },
    requestBody: object("a request body", {
      description: string,
      required: boolean,
      content: { $ref: "#/definitions/mediaTypes" },
      "x-obs-error": string,
      "x-obs-member": string,
    }),
    responses: {
      title: "an operation's responses",
      type: "object",
      propertyNames: { pattern: "^[1-5][0-9][0-9]$" },
      additionalProperties: response,
    },
    "x-obs-doc": string,
    "x-obs-anonymous": boolean,
    "x-obs-header-rules": { type: "array", items: headerRule },
    "x-obs-errors": { type: "array", items: object("an error", { code: string, description: string }, ["code"]) },
    "x-obs-doc-differs": docDiffers,
    "x-obs-paginated": object("x-obs-paginated", {
      inputTokens: strings,
      outputTokens: strings,
      truncated: string,
      pageSize: string,
      items: strings,
    }),
    "x-obs-samples": {
      type: "array",
      items: object("a sample", { summary: string, request: string, response: string }, ["request", "response"]),
    },
  },
  ["operationId", "responses"],
);

const pathItem = object("a path item", {
  summary: string,
  description: string,
  ...Object.fromEntries(
    ["get", "put", "post", "delete", "head", "patch", "options"].map((method) => [method, ref("operation")]),
  ),
});

export const SPEC_META_SCHEMA: Schema = {
  ...object(
    "the spec's root",
    {
      openapi: string,
      info: object(
        "info",
        { title: string, version: string, summary: string, description: string, "x-obs-source": string },
        ["title", "version"],
      ),
      servers: { type: "array" },
      tags: { type: "array", items: object("a tag", { name: string, description: string }, ["name"]) },
      "x-obs-signing": object("x-obs-signing", {
        versions: { type: "array", items: { enum: ["v2", "v4"] } },
        service: string,
        maxClockSkewSeconds: { type: "number", exclusiveMinimum: 0 },
        v2SubResources: queryKeys,
      }),
      "x-obs-routing": object("x-obs-routing", { subResources: queryKeys }),
      paths: mapOf("paths", pathItem),
      components: object("components", {
        parameters: mapOf("components.parameters", parameter),
        headers: mapOf("components.headers", responseHeader),
        schemas: mapOf("components.schemas", { $ref: "#/definitions/xmlSchema" }),
        responses: mapOf("components.responses", response),
        "x-obs-error-codes": mapOf(
          "the error catalog",
          object("an error code", { status: { type: "integer", minimum: 300, maximum: 599 }, description: string }, [
            "status",
          ]),
        ),
        "x-obs-doc-differs": docDiffers,
      }),
    },
    ["openapi", "info", "paths", "components"],
  ),
  definitions: {
    xmlSchema,
    structure,
    list,
    element,
    parameter: parameterSchema,
    responseHeader: responseHeaderSchema,
    response: responseSchema,
    operation: operationSchema,
    scalar: scalarSchema("a scalar's schema"),
    family: familySchema,
    mediaTypes: mediaTypesSchema,
    jsonSchema,
    formField,
    docDiffers: docDiffersSchema,
  },
};
