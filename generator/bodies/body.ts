import type { PropertySpec } from "../code/declarations.js";
import type { SourceFile } from "../code/source-file.js";
import type { ModelContext } from "../model/context.js";
import type { ShapeBuilder } from "../model/build-shape.js";
import type { OperationModel, RequestPayload, XmlShape } from "../model/types.js";

type Node = Record<string, unknown>;

/** A request payload of one kind. */
export type PayloadOf<K extends RequestPayload["kind"]> = Extract<RequestPayload, { kind: K }>;

/** What a body unit's parser reads: the request body, its media type's schema, and the operation's bookkeeping. */
export interface BodyReader {
  context: ModelContext;
  shapes: ShapeBuilder;
  body: Node;
  schema: Node;
  required: boolean;
  description: string;
  error: string | undefined;
  source: OperationModel["source"];
  claim(node: Node, member: string, owner: string): void;
  useError(node: Node, key: string, code: string | undefined, reason: string): void;
}

/** The names a validator's reading code uses. */
export interface ValidatorNames {
  /** The local that receives the payload. */
  local: string;
  /** The statement that reports a missing body. */
  missing: string;
  /** The request document's descriptor constant. */
  documentName: string;
  inputTypeName: string;
  /** The HTTP status of an error code. */
  status(code: string): number;
}

/** How a body unit's validator code reads the body, and the input members it sets. */
export interface ValidatorReading {
  /** Statements that read `source.payload` into the local. */
  read: string[];
  /** Entries of the input's literal (required members). */
  required: string[];
  /** Statements that set optional members. */
  optional: string[];
  /** Locals that hold a required member: present when nothing failed, tested so the types narrow. */
  present: string[];
}

/**
 * One kind of request body, whole (as a keyword is in generator/keywords): its media type, how the
 * model reads it, the input members it brings, how the validator reads it, how the client sends it,
 * the server route's descriptor of it, and its words in the docs. Adding a kind is adding one of
 * these and its line in bodies/index.ts, which does not compile without one unit per kind.
 */
export interface RequestBodyUnit<K extends RequestPayload["kind"]> {
  kind: K;
  mediaType: string;
  parse(reader: BodyReader): PayloadOf<K>;
  /** The XML document the body is, if it is one (its descriptor, its elements in the docs and the review tools). */
  document(payload: PayloadOf<K>): XmlShape | undefined;
  inputProperties(payload: PayloadOf<K>, file: SourceFile): PropertySpec[];
  /** Validator: statements that read `source.payload` into the local, and the members set from it. */
  validate(payload: PayloadOf<K>, names: ValidatorNames, file: SourceFile): ValidatorReading;
  /** Client: the input type its method takes, from the input type's name. */
  clientInputType(payload: PayloadOf<K>, inputType: string, file: SourceFile): string;
  /** Client: the serialized request's payload line; `documentName` is the request document's descriptor as `file` names it. */
  serialize(payload: PayloadOf<K>, documentName: string, file: SourceFile): string;
  /** Server: the route's payload descriptor. */
  route(payload: PayloadOf<K>): string;
  /**
   * Server: whether a server in front of another (`forwardingHandlers`) passes the body on as it
   * came, so the backend call carries the length and Content-MD5 its client declared (a byte
   * stream); otherwise the client writes the body anew from the input.
   */
  passedOnAsSent: boolean;
  /** Docs: the body in the request syntax, and in words. */
  docs(
    payload: PayloadOf<K>,
    statusOf: (code: string) => number | string,
  ): { syntax: string; description: string; presence: string };
  /** An example of its members for the README's examples (required ones). */
  exampleMembers(payload: PayloadOf<K>, memberExample: (member: XmlShape["members"][number]) => string): string[];
}
