/** The normalized model: what every emitter reads. Nothing here is YAML-shaped. */

export type Constraint =
  | { kind: "enum"; values: string[] }
  | { kind: "minLength"; limit: number }
  | { kind: "maxLength"; limit: number }
  | { kind: "maxBytes"; limit: number }
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

/** A TypeScript type for a scalar member: a plain string, or a union of literals. */
export interface ScalarType {
  /** Named type to declare (from `#/components/schemas/Name`), if any. */
  name: string | undefined;
  enumValues: string[] | undefined;
  description: string | undefined;
}

export interface ScalarBinding {
  member: string;
  location: "path" | "query" | "header";
  /** Header names are lowercase; path and query names as written. */
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
  | (RuleBase & { kind: "exclusive"; groups: string[][] });

export interface XmlMember {
  member: string;
  xmlName: string;
  description: string;
  required: boolean;
  source: SourceRef;
}

export interface XmlShape {
  name: string;
  namespace: string | undefined;
  description: string;
  members: XmlMember[];
  source: SourceRef;
}

export interface ResponseHeaderBinding {
  member: string;
  wireName: string;
  description: string;
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

export interface OperationModel {
  /** `InitiateMultipartUpload` */
  id: string;
  /** `initiateMultipartUpload` */
  name: string;
  summary: string;
  description: string;
  docId: string | undefined;
  decision: string | undefined;
  method: string;
  /** Path-style template, e.g. `/{BucketName}/{ObjectName}`. */
  pathTemplate: string;
  /** Sub-resource flags from the path key's query part, e.g. `uploads`. */
  subresources: string[];
  /** The query parameters (`x-obs-flag`) that document those flags. */
  flags: FlagParameter[];
  bucket: ScalarBinding | undefined;
  key: ScalarBinding | undefined;
  query: ScalarBinding[];
  headers: ScalarBinding[];
  prefixHeaders: PrefixHeaderBinding[];
  transportHeaders: DocumentedHeader[];
  rules: HeaderRule[];
  response: {
    status: number;
    description: string;
    headers: ResponseHeaderBinding[];
    /** Headers the response documents without a member (Date, Server…). */
    documentedHeaders: DocumentedHeader[];
    body: XmlShape | undefined;
  };
  errors: OperationError[];
  samples: Sample[];
  docDifferences: DocDifference[];
  source: SourceRef;
}

export interface ServiceModel {
  title: string;
  version: string;
  description: string;
  signing: { versions: string[]; service: string; maxClockSkewSeconds: number };
  errorCodes: ErrorCode[];
  errorShape: XmlShape;
  /** Known differences of the shared parts (the error catalog…) from their source pages. */
  docDifferences: DocDifference[];
  operations: OperationModel[];
}
