/** The normalized model: what every emitter reads. Nothing here is YAML-shaped. */

export type Constraint =
  | { kind: "enum"; values: string[] }
  | { kind: "minLength"; limit: number }
  | { kind: "maxLength"; limit: number }
  | { kind: "minimum"; limit: number }
  | { kind: "maximum"; limit: number }
  | { kind: "maxBytes"; limit: number }
  | { kind: "pattern"; pattern: string }
  | { kind: "prefixes"; values: string[] }
  | { kind: "base64"; decodedBytes: number[] | undefined }
  | { kind: "md5Of"; wireName: string }
  | { kind: "iso8601Utc" }
  | { kind: "afterRequestTime" }
  | { kind: "bucketName" };

/** Where an element was written, for the review tools (spec:diff, fidelity). */
export interface SourceRef {
  file: string;
  line: number;
  pointer: string;
}

/** What a scalar value is on the wire and in TypeScript. */
export type ScalarKind = "string" | "integer" | "boolean" | "timestamp";

/** A scalar's type: its kind, and for enums a union of literals (named when it is a component). */
export interface ScalarType {
  kind: ScalarKind;
  /** Named type to declare (from `#/components/schemas/Name`), if any. */
  name: string | undefined;
  enumValues: string[] | undefined;
  description: string | undefined;
  /** The value the validator fills in when the member is absent (`default`). */
  defaultValue: number | string | boolean | undefined;
  /** A value outside this range is replaced by the default (`x-obs-default-outside`). */
  defaultOutside: { minimum: number; maximum: number } | undefined;
}

export interface ScalarBinding {
  member: string;
  location: "path" | "query" | "header" | "form";
  /** Header and form field names are lowercase; path and query names as written. */
  wireName: string;
  description: string;
  required: boolean;
  type: ScalarType;
  constraints: Constraint[];
  /** The S3 error code a violation raises. */
  error: string | undefined;
  sensitive: boolean;
  example: string | undefined;
  decision: string | undefined;
  source: SourceRef;
  /** Where the schema holding the constraints was written. */
  schemaSource: SourceRef;
  /** A query parameter named in the path key: its presence selects the operation. */
  selector: boolean;
  /** The `#/components/parameters` entry it was written as, if any: emitters define it once. */
  component: string | undefined;
}

export interface PrefixHeaderBinding {
  member: string;
  prefix: string;
  description: string;
  maxTotalBytes: number | undefined;
  error: string | undefined;
  decision: string | undefined;
  source: SourceRef;
}

/** A sub-resource flag such as `?uploads`: selects the operation, carries no value. */
export interface FlagParameter {
  name: string;
  description: string;
  decision: string | undefined;
  source: SourceRef;
}

/** A header the HTTP or signing layer handles (request), or that carries no member (response). */
export interface DocumentedHeader {
  wireName: string;
  description: string;
  role: string;
  /** A request header the operation needs (`required: true`): its absence answers `error`. */
  required: boolean;
  error: string | undefined;
  source: SourceRef;
}

interface RuleBase {
  error: string;
  description: string;
  source: SourceRef;
}

export type HeaderRule =
  | (RuleBase & { kind: "together"; headers: string[] })
  | (RuleBase & { kind: "requires"; when: string; requires: string[] })
  | (RuleBase & { kind: "exclusive"; groups: string[][] })
  | (RuleBase & { kind: "anyOf"; headers: string[] });

/** Every header, query parameter or body element a rule names. */
export function ruleNames(rule: HeaderRule): string[] {
  switch (rule.kind) {
    case "together":
    case "anyOf":
      return rule.headers;
    case "requires":
      return [rule.when, ...rule.requires];
    case "exclusive":
      return rule.groups.flat();
  }
}

/** A structure of XML elements; named when written as a schema component (`Part`, `Owner`). */
export interface StructureShape {
  kind: "structure";
  name: string | undefined;
  description: string;
  members: XmlMember[];
  source: SourceRef;
}

/** What an XML element holds: a scalar or a structure. */
export type ElementShape = { kind: "scalar"; type: ScalarType } | StructureShape;

/** One element of an XML structure, or a list of repeated elements. */
export interface XmlMember {
  member: string;
  /** The element's name; for a list, the wrapper's (wrapped) or the items' (flattened). */
  xmlName: string;
  description: string;
  required: boolean;
  shape: ElementShape;
  /**
   * A list of `shape`: flattened (the items repeat in place, as S3 writes `<Part>`) or wrapped in
   * `xmlName`; `minItems`/`maxItems` bound its length.
   */
  list: { itemName: string; wrapped: boolean; minItems: number | undefined; maxItems: number | undefined } | undefined;
  constraints: Constraint[];
  /** The S3 error code a bad value answers (request bodies). */
  error: string | undefined;
  /**
   * A scalar written as an attribute of its structure's element, not as an element of its own;
   * in a namespace, under its prefix (`xsi:type`, declared where it is written).
   */
  attribute: { prefix: string; namespace: string } | { prefix: undefined; namespace: undefined } | undefined;
  source: SourceRef;
}

/** An XML document: the root element, its namespace and its members, or the text the root holds. */
export interface XmlShape {
  name: string;
  namespace: string | undefined;
  description: string;
  members: XmlMember[];
  /** A root that holds text (S3's `<LocationConstraint>region</LocationConstraint>`): the member it is. */
  text: { member: string } | undefined;
  source: SourceRef;
}

/**
 * A JSON value's shape, from its schema: an object of known properties (closed), a map of one
 * value shape, an array, a scalar, or one of several shapes.
 */
export type JsonShape = { description: string } & (
  | { kind: "object"; properties: Array<{ name: string; shape: JsonShape; required: boolean }> }
  | { kind: "map"; values: JsonShape }
  | { kind: "array"; items: JsonShape; minItems: number | undefined; maxItems: number | undefined }
  | {
      kind: "string";
      enum: string[] | undefined;
      pattern: string | undefined;
      minLength: number | undefined;
      maxLength: number | undefined;
    }
  | { kind: "integer"; minimum: number | undefined; maximum: number | undefined }
  | { kind: "boolean" }
  | { kind: "oneOf"; options: JsonShape[] }
);

/** A JSON document carried whole by one member: its shape, and the name of its type (the schema component's). */
export interface JsonDocument {
  member: string;
  /** The TypeScript type's name: the schema component's, else the operation's. */
  typeName: string;
  shape: JsonShape;
  description: string;
}

/**
 * An HTML form (`multipart/form-data`): fields that are scalar members (their names compared in
 * any case), field families by prefix, every field as sent in one member when the spec asks
 * (for a policy that covers them), and the file, streamed, which comes last.
 */
export interface FormPayload {
  kind: "form";
  fields: ScalarBinding[];
  prefixFields: PrefixHeaderBinding[];
  /** The member that receives every field as sent, lowercase names (`x-obs-fields-member`). */
  allFields: string | undefined;
  /** The file field: its member, and its size limit with the code that refuses more. */
  file: {
    member: string;
    wireName: string;
    description: string;
    maxBytes: number | undefined;
    error: string | undefined;
  };
  required: boolean;
  /** The code of a form that cannot be read, or of a file over `maxBytes`. */
  error: string;
  description: string;
  source: SourceRef;
}

/** A request's payload: an XML or JSON document, a byte stream member, or an HTML form. */
export type RequestPayload =
  | { kind: "xml"; document: XmlShape; required: boolean; error: string; description: string; source: SourceRef }
  | { kind: "json"; document: JsonDocument; required: boolean; error: string; description: string; source: SourceRef }
  | {
      kind: "blob";
      member: string;
      required: boolean;
      maxBytes: number | undefined;
      error: string | undefined;
      description: string;
      source: SourceRef;
    }
  | FormPayload;

/** A prefix header family in a response (`x-amz-meta-*` → a record of the rest of each name). */
export interface ResponsePrefixHeaderBinding {
  member: string;
  prefix: string;
  description: string;
  source: SourceRef;
}

/**
 * Another answer of an operation: a 2xx answered when the output member `when` is present (206
 * with `contentRange`), or a 2xx or 3xx its status member chooses (`x-obs-status-member`). It
 * carries the primary response's headers, and its own XML document when it has one.
 */
export interface AlternativeStatus {
  status: number;
  /** The output member whose presence answers this status; undefined when the status member chooses it. */
  when: string | undefined;
  /** The document this status answers instead of the primary body, held whole by one output member. */
  body: { member: string; document: XmlShape } | undefined;
  description: string;
  source: SourceRef;
}

/**
 * A bodiless answer other than success, with headers (304 Not Modified with ETag and
 * Last-Modified): a handler throws the error `code`, with the headers, and the client raises it.
 */
export interface HeaderOnlyError {
  status: number;
  code: string;
  description: string;
  headers: DocumentedHeader[];
  source: SourceRef;
}

export interface ResponseHeaderBinding {
  member: string;
  wireName: string;
  description: string;
  /** The response always carries it (the client refuses a response without it). */
  required: boolean;
  type: ScalarType;
  source: SourceRef;
}

export interface ErrorCode {
  code: string;
  status: number;
  description: string;
  source: SourceRef;
}

export interface OperationError extends ErrorCode {
  /** Why this operation answers it. */
  reason: string;
  /** Where the operation takes it up (a constraint's x-obs-error, a rule, x-obs-errors). */
  usedAt: SourceRef;
}

/** A known difference from the source page, which the fidelity check accepts (`x-obs-doc-differs`). */
export interface DocDifference {
  /** What differs, e.g. `request-header x-amz-acl`. */
  subject: string;
  /** How it differs, e.g. `not-in-doc`. */
  kind: string;
  reason: string;
  source: SourceRef;
}

export interface Sample {
  summary: string;
  request: string;
  response: string;
}

/**
 * How an operation pages (`x-obs-paginated`), by member names: the input members that carry the
 * markers, the output members with the next ones (same order), the truncation flag, the page size
 * and the lists a page holds.
 */
export interface Pagination {
  inputTokens: string[];
  outputTokens: string[];
  truncated: string;
  pageSize: string | undefined;
  items: string[];
  source: SourceRef;
}

/** A family of operations (the spec's tags): one module per package holds them. */
export interface OperationGroup {
  /** The tag's name, `Multipart uploads`. */
  name: string;
  description: string;
  /** `multipart-uploads`: src/operations/<module>.ts in each package. */
  module: string;
}

export interface OperationModel {
  /** `InitiateMultipartUpload` */
  id: string;
  /** `initiateMultipartUpload` */
  name: string;
  summary: string;
  group: OperationGroup;
  /** `x-obs-anonymous`: the server does not authenticate it (a browser's CORS preflight carries no credentials). */
  anonymous: boolean;
  description: string;
  docId: string | undefined;
  decision: string | undefined;
  method: string;
  /** Path-style template, e.g. `/{BucketName}/{ObjectName}`. */
  pathTemplate: string;
  /** What the path addresses: the service root (`/`), a bucket, or an object in one. */
  level: "service" | "bucket" | "object";
  /** Sub-resource flags from the path key's query part, e.g. `uploads`: sent bare, no value. */
  subresources: string[];
  /** Every query name of the path key (flags and valued selectors such as `uploadId`): the operation is chosen by their presence. */
  selectors: string[];
  /** Headers whose presence selects the operation too (`x-amz-copy-source`), lowercase; named in the path key's query part. */
  headerSelectors: string[];
  /** The query parameters (`x-obs-flag`) that document those flags. */
  flags: FlagParameter[];
  bucket: ScalarBinding | undefined;
  key: ScalarBinding | undefined;
  query: ScalarBinding[];
  headers: ScalarBinding[];
  prefixHeaders: PrefixHeaderBinding[];
  transportHeaders: DocumentedHeader[];
  rules: HeaderRule[];
  payload: RequestPayload | undefined;
  response: {
    status: number;
    description: string;
    headers: ResponseHeaderBinding[];
    prefixHeaders: ResponsePrefixHeaderBinding[];
    /** Other statuses, each answered when its output member is present or the status member names it. */
    alternatives: AlternativeStatus[];
    /** The output member that carries the answer's status (`x-obs-status-member`, as Smithy's httpResponseCode). */
    statusMember: string | undefined;
    /** Bodiless non-success answers with headers (304). */
    headerOnlyErrors: HeaderOnlyError[];
    /** Headers the response documents without a member (Date, Server…). */
    documentedHeaders: DocumentedHeader[];
    body: XmlShape | undefined;
    /** A byte-stream payload (the member that carries it), instead of an XML body. */
    blob: { member: string; description: string } | undefined;
    /** A JSON document (the member that carries it), instead of an XML body. */
    json: JsonDocument | undefined;
  };
  errors: OperationError[];
  pagination: Pagination | undefined;
  samples: Sample[];
  docDifferences: DocDifference[];
  source: SourceRef;
}

/** Every status an operation answers with: the primary one, then the others in the spec's order. */
export const answerStatuses = (response: OperationModel["response"]): number[] => [
  response.status,
  ...response.alternatives.map((alternative) => alternative.status),
];

export interface ServiceModel {
  title: string;
  /** The spec's `info.version`: the generated packages' semantic version. */
  version: string;
  description: string;
  signing: {
    versions: string[];
    service: string;
    maxClockSkewSeconds: number;
    /** The query keys V2 signs in the canonicalized resource. */
    v2SubResources: string[];
  };
  /** The query keys that name a resource of their own (x-obs-routing), each operation's sub-resources added. */
  subResources: string[];
  errorCodes: ErrorCode[];
  errorShape: XmlShape;
  /** Named XML structures (`Part`, `Owner`), each declared once. */
  structures: StructureShape[];
  /** Known differences of the shared parts (the error catalog…) from their source pages. */
  docDifferences: DocDifference[];
  /** The groups the spec declares, in its order (one default group when it declares none). */
  groups: OperationGroup[];
  operations: OperationModel[];
}
