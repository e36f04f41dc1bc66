import { literal } from "../emit/names.js";
import { errorStatus, jsonDocumentDescriptor, jsonValues, sharedType } from "../emit/symbols.js";
import { jsonSkeleton } from "../emit/json-code.js";
import { buildJsonDocument } from "../model/build-json.js";
import type { RequestBodyUnit } from "./body.js";

/**
 * `application/json`: a document carried whole by one input member (`x-obs-member`), checked
 * against its schema in the spec by the runtime (closed objects, lists, scalars, one-of), e.g.
 * a bucket policy.
 */
export const jsonBody: RequestBodyUnit<"json"> = {
  kind: "json",
  mediaType: "application/json",
  parse({ context, body, schema, required, description, error, source, claim, useError }) {
    const member = context.string(body, "x-obs-member");
    if (member === undefined) context.report(body, `a JSON body needs "x-obs-member" (its input member)`);
    else claim(body, member, "the request body");
    if (error === undefined)
      context.report(body, `a JSON body needs "x-obs-error" (the code of a document that is not right)`);
    useError(body, "x-obs-error", error, "the JSON document is not well-formed or not valid");
    return {
      kind: "json",
      document: buildJsonDocument(context, schema, member ?? "document", description),
      required,
      error: error ?? "MalformedJSON",
      description,
      source,
    };
  },
  document: () => undefined,
  inputProperties: (payload, file) => {
    const type = file.use(sharedType(payload.document.typeName));
    return [
      {
        name: payload.document.member,
        optional: !payload.required,
        type: payload.required ? type : `${type} | undefined`,
        docs: `${payload.description}\n\nThe request body: a JSON document, checked against its schema.`,
      },
    ];
  },
  validate(payload, { local, missing }, file) {
    const { member, typeName } = payload.document;
    const type = file.use(sharedType(typeName));
    return {
      read: [
        `\n// Request body: a JSON document`,
        `let ${local}: ${type} | undefined;`,
        `if (source.payload === undefined || source.payload === null) {${payload.required ? `\n  ${missing}\n` : ""}} else {`,
        `  ${local} = ${file.use(jsonValues("readJsonDocument"))}(${file.use(jsonDocumentDescriptor(typeName))}, source.payload, ${literal(payload.error)}, (code, target, message) => fail(code, ${file.use(errorStatus)}(code), target, message));`,
        `}`,
      ],
      required: payload.required ? [`${member}: ${local},`] : [],
      optional: payload.required ? [] : [`if (${local} !== undefined) value.${member} = ${local};`],
      present: payload.required ? [local] : [],
    };
  },
  clientInputType: (_payload, inputType) => inputType,
  // The value goes as it is; the transport sends its JSON text.
  serialize: (payload) => `payload: input.${payload.document.member},\n  json: true,`,
  passedOnAsSent: false,
  route: (payload) => `{ kind: "json", error: ${literal(payload.error)} }`,
  docs: (payload, statusOf) => ({
    syntax: jsonSkeleton(payload.document.shape),
    description: `A JSON document (\`${payload.document.typeName}\`). ${payload.description}`,
    presence: `${payload.required ? "Required" : "Optional"}; not well-formed or not valid: ${payload.error} (${statusOf(payload.error)})`,
  }),
  exampleMembers: () => [],
};
