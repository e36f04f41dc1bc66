import type { Response } from "./answer.js";
import { noAnswer } from "./none.js";
import { streamAnswer } from "./stream.js";
import { xmlAnswer } from "./xml.js";
import { jsonAnswer } from "./json.js";

/** The unit of an operation's success body: an XML document, a JSON document, a byte stream, or none. */
export const answerUnitOf = (response: Response) =>
  response.body ? xmlAnswer : response.json ? jsonAnswer : response.blob ? streamAnswer : noAnswer;

export type { AnswerNames, AnswerUnit, Response } from "./answer.js";
