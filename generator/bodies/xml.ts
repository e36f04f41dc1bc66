import { literal } from "../emit/names.js";
import { errorStatus, xmlValues } from "../emit/symbols.js";
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
  // An optional document's elements are all optional in the input: the body may not come at all.
  inputProperties: (payload, file) =>
    payload.document.members.map((member) => xmlProperty(member, !member.required || !payload.required, file)),
  validate(payload, { local, missing, documentName, inputTypeName }, file) {
    const members = payload.document.members;
    const type =
      members.length > 0 ? `Pick<${inputTypeName}, ${members.map((m) => literal(m.member)).join(" | ")}>` : "object";
    return {
      read: [
        `\n// Request body: <${payload.document.name}>`,
        `let ${local}: ${type} | undefined;`,
        `if (source.payload === undefined || source.payload === null) {${payload.required ? `\n  ${missing}\n` : ""}} else {`,
        `  ${local} = ${file.use(xmlValues("readXmlDocument"))}(${documentName}, source.payload, ${literal(payload.error)}, (code, target, message) => fail(code, ${file.use(errorStatus)}(code), target, message));`,
        `}`,
      ],
      required: members.length > 0 ? [`...${local},`] : [],
      optional: [],
      // An optional document's members are optional: spreading none sets none.
      present: members.length > 0 && payload.required ? [local] : [],
    };
  },
  clientInputType: (_payload, inputType) => inputType,
  // An optional document is sent when the input has one of its elements.
  serialize: (payload, documentName, file) => {
    const document = `{ root: ${literal(payload.document.name)}, namespace: ${payload.document.namespace ? literal(payload.document.namespace) : "undefined"}, content: ${file.use(xmlValues("xmlTreeOf"))}(${documentName}, input) }`;
    const present = payload.document.members.map((member) => `input.${member.member} !== undefined`).join(" || ");
    return `payload: ${payload.required || present === "" ? document : `${present} ? ${document} : undefined`},`;
  },
  passedOnAsSent: false,
  route: (payload) => `{ kind: "xml", error: ${literal(payload.error)} }`,
  docs: (payload, statusOf) => ({
    syntax: xmlSkeleton(payload.document),
    description: `An XML document whose root element is \`${payload.document.name}\`. ${payload.description}`,
    presence: `${payload.required ? "Required" : "Optional"}; missing, not well-formed or not valid: ${payload.error} (${statusOf(payload.error)})`,
  }),
  exampleMembers: (payload, memberExample) =>
    payload.document.members.filter((m) => m.required).map((m) => `${m.member}: ${memberExample(m)}`),
};
