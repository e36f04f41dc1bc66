import { literal } from "../emit/names.js";
import { xmlProperty, xmlSkeleton } from "../emit/xml-code.js";
import type { RequestBodyUnit } from "./body.js";

/** `application/xml`: a document whose elements are input members, read and checked by the runtime. */
export const xmlBody: RequestBodyUnit<"xml"> = {
  kind: "xml",
  mediaType: "application/xml",
  parse({ context, shapes, body, schema, required, description, error, source, claim, useError }) {
    useError(body, "x-obs-error", error ?? "MalformedXML", "the XML body is missing, not well-formed or not valid");
    const document = shapes.document(schema, (node, member) => claim(node, member, `XML element "${member}"`));
    if (document.text) context.report(schema, `a request body's document is a structure of elements, not text`);
    for (const member of document.members) useError(schema, "properties", member.error, `${member.xmlName} is invalid`);
    return { kind: "xml", document, required, error: error ?? "MalformedXML", description, source };
  },
  document: (payload) => payload.document,
  inputProperties: (payload) => payload.document.members.map((member) => xmlProperty(member, !member.required)),
  validate(payload, { local, missing, documentName, inputTypeName }) {
    const members = payload.document.members;
    return {
      read: [
        `\n// Request body: <${payload.document.name}>`,
        `let ${local}: Record<string, unknown> | undefined;`,
        `if (source.payload === undefined || source.payload === null) {${payload.required ? `\n  ${missing}\n` : ""}} else {`,
        `  ${local} = readXmlDocument(${documentName}, source.payload as XmlDocument, ${literal(payload.error)}, (code, target, message) => fail(code, errorStatus(code), target, message));`,
        `}`,
      ],
      required:
        members.length > 0
          ? [`...(${local} as Pick<${inputTypeName}, ${members.map((m) => literal(m.member)).join(" | ")}>),`]
          : [],
      optional: [],
      imports: {
        "./runtime/xml-shapes.js": ["readXmlDocument", "type XmlDocument"],
        "./error-codes.js": ["errorStatus"],
      },
    };
  },
  clientInputType: (_payload, inputTypeName) => inputTypeName,
  serialize: (payload, documentName) => ({
    line: `payload: { root: ${literal(payload.document.name)}, namespace: ${payload.document.namespace ? literal(payload.document.namespace) : "undefined"}, content: xmlTreeOf(${documentName}, input) },`,
    imports: { "@obs-toolkit/validator": [documentName, "xmlTreeOf"] },
  }),
  route: (payload) => `{ kind: "xml", error: ${literal(payload.error)} }`,
  docs: (payload, statusOf) => ({
    syntax: xmlSkeleton(payload.document),
    description: `An XML document whose root element is \`${payload.document.name}\`. ${payload.description}`,
    presence: `${payload.required ? "Required" : "Optional"}; missing, not well-formed or not valid: ${payload.error} (${statusOf(payload.error)})`,
  }),
  exampleMembers: (payload, memberExample) =>
    payload.document.members.filter((m) => m.required).map((m) => `${m.member}: ${memberExample(m)}`),
};
