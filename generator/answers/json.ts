import { jsonSkeleton } from "../emit/json-code.js";
import { jsonDocumentDescriptor, sharedType, transportValues } from "../emit/symbols.js";
import type { AnswerUnit } from "./answer.js";

/** A JSON document carried whole by one output member: written as JSON by the server, read and checked by the client. */
export const jsonAnswer: AnswerUnit = {
  kind: "json",
  document: () => undefined,
  outputProperties: (response, file) =>
    response.json
      ? [
          {
            name: response.json.member,
            type: file.use(sharedType(response.json.typeName)),
            docs: `${response.json.description}\n\nThe response body: a JSON document.`,
          },
        ]
      : [],
  handlerOutput: (type) => type,
  render: (response) => ({
    body: `JSON.stringify(output.${response.json?.member ?? "document"})`,
    contentType: "application/json",
    words: "the JSON document, ",
  }),
  deserialize: (response, _names, file) => ({
    lines: response.json
      ? [
          `${response.json.member}: ${file.use(transportValues("readJsonResponse"))}(response, ${file.use(jsonDocumentDescriptor(response.json.typeName))}),`,
        ]
      : [],
    streamed: false,
    words: ": the JSON document and the response headers",
  }),
  docs: (response) => ({ syntax: response.json ? ["", jsonSkeleton(response.json.shape)] : [], stream: undefined }),
};
