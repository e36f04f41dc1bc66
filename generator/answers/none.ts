import type { AnswerUnit } from "./answer.js";

/** No body: the headers are the whole answer (a 204 carries no Content-Length). */
export const noAnswer: AnswerUnit = {
  kind: "none",
  document: () => undefined,
  outputProperties: () => [],
  handlerOutput: (type) => type,
  render: () => ({ body: `""`, words: "" }),
  deserialize: () => ({ lines: [], streamed: false, words: "" }),
  docs: () => ({ syntax: [], stream: undefined }),
};
