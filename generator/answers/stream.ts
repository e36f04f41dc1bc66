import { literal } from "../emit/names.js";
import type { AnswerUnit } from "./answer.js";

/** A byte stream: the handler answers it in any form the adapter writes, the client hands it over unread. */
export const streamAnswer: AnswerUnit = {
  kind: "stream",
  document: () => undefined,
  outputProperties: (response) =>
    response.blob
      ? [
          {
            name: response.blob.member,
            type: "ReadableStream<Uint8Array>",
            docs: `${response.blob.description}\n\nThe response body, as a stream.`,
          },
        ]
      : [],
  handlerOutput: (type, response) => {
    const member = response.blob?.member ?? "body";
    return `Omit<${type}, ${literal(member)}> & { ${member}: Uint8Array | string | AsyncIterable<Uint8Array> }`;
  },
  render: (response) => ({
    body: `output.${response.blob?.member ?? "body"}`,
    words: "the byte stream, ",
  }),
  deserialize: (response) => ({
    lines: [
      `${response.blob?.member ?? "body"}: response.stream ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() }),`,
    ],
    streamed: true,
    words: ": the body as a stream and the response headers",
  }),
  docs: (response) => ({
    syntax: [],
    stream: `The body is the bytes of \`${response.blob?.member}\`, streamed. ${response.blob?.description}`,
  }),
};
