import type { PropertySpec } from "../code/declarations.js";
import type { SourceFile } from "../code/source-file.js";
import type { OperationModel, XmlShape } from "../model/types.js";

export type Response = OperationModel["response"];

/** The names an answer's code refers to, as the file it is written in names them. */
export interface AnswerNames {
  /** The response document's descriptor constant. */
  documentName: string;
  outputTypeName: string;
}

/**
 * One kind of success body, whole (as a request body is in generator/bodies): the output members
 * it brings, what a handler returns for it, how the server writes it, how the client reads it, and
 * its words in the docs. The kinds are an XML document, a JSON document, a byte stream and nothing.
 */
export interface AnswerUnit {
  kind: "xml" | "json" | "stream" | "none";
  /** The XML document it is, if it is one. */
  document(response: Response): XmlShape | undefined;
  outputProperties(response: Response, file: SourceFile): PropertySpec[];
  /** The handler's output type, from the output's without the runtime's headers. */
  handlerOutput(type: string, response: Response): string;
  /** Server: the response body expression over `output`, and its words. */
  render(
    response: Response,
    names: AnswerNames,
    file: SourceFile,
  ): { body: string; words: string; contentType?: string | undefined };
  /** Client: the output members read from `response`, whether the body is streamed, its words. */
  deserialize(
    response: Response,
    names: AnswerNames,
    file: SourceFile,
  ): { lines: string[]; streamed: boolean; words: string };
  /** Docs: the body in the response syntax, and a stream's words. */
  docs(response: Response): { syntax: string[]; stream: string | undefined };
}
