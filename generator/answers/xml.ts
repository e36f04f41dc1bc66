import { literal } from "../emit/names.js";
import { transportValues, xmlValues } from "../emit/symbols.js";
import { xmlProperty, xmlSkeleton } from "../emit/xml-code.js";
import type { SourceFile } from "../code/source-file.js";
import type { XmlShape } from "../model/types.js";
import type { AnswerUnit } from "./answer.js";

/** The server's code that writes `value` as `document`, by its descriptor. */
export const renderedDocument = (document: XmlShape, descriptor: string, value: string, file: SourceFile): string =>
  `${file.use(xmlValues("renderXmlTree"))}(${literal(document.name)}, ${document.namespace ? literal(document.namespace) : "undefined"}, ${file.use(xmlValues("xmlTreeOf"))}(${descriptor}, ${value}))`;

/** An XML document (its members, or the text its root holds), written by the server, read in any namespace by the client. */
export const xmlAnswer: AnswerUnit = {
  kind: "xml",
  document: (response) => response.body,
  outputProperties: (response, file) => {
    const body = response.body;
    if (!body) return [];
    return [
      ...body.members.map((member) => xmlProperty(member, !member.required && !member.list, file)),
      ...(body.text
        ? [
            {
              name: body.text.member,
              type: "string",
              docs: `${body.description}\n\nXML: the text of \`<${body.name}>\`.`,
            },
          ]
        : []),
    ];
  },
  handlerOutput: (type) => type,
  render: (response, { documentName }, file) => {
    const body = response.body;
    return {
      body: body ? renderedDocument(body, documentName, "output", file) : `""`,
      words: `the \`${body?.name}\` document, `,
    };
  },
  deserialize: (response, { documentName }, file) => {
    const body = response.body;
    return {
      // The descriptor's type says which members of the output it carries.
      lines: [`...${file.use(transportValues("readXmlResponse"))}(response, ${documentName}),`],
      streamed: false,
      words: `: the \`${body?.name}\` document (in any XML namespace) and the response headers`,
    };
  },
  docs: (response) => ({ syntax: response.body ? ["", xmlSkeleton(response.body)] : [], stream: undefined }),
};
