import { requestValues, WithBodySource } from "../emit/symbols.js";
import type { RequestBodyUnit } from "./body.js";

/** `application/octet-stream`: the bytes of one input member, streamed, bounded by `x-obs-max-bytes`. */
export const streamBody: RequestBodyUnit<"blob"> = {
  kind: "blob",
  mediaType: "application/octet-stream",
  parse({ context, body, schema, required, description, error, source, claim, useError }) {
    if (schema.type !== "string" || schema.format !== "binary")
      context.report(schema, `a byte-stream body is { type: string, format: binary }`);
    const member = context.string(body, "x-obs-member");
    if (member === undefined) context.report(body, `a byte-stream body needs "x-obs-member" (its input member)`);
    else claim(body, member, "the request body");
    const limit = schema["x-obs-max-bytes"];
    if (limit !== undefined && !(typeof limit === "number" && Number.isSafeInteger(limit) && limit > 0))
      context.report(schema, `"x-obs-max-bytes" must be a positive integer`, "x-obs-max-bytes");
    if (limit !== undefined && error === undefined) context.report(body, `a size limit needs "x-obs-error"`);
    useError(body, "x-obs-error", error, "the body is too large");
    return {
      kind: "blob",
      member: member ?? "body",
      required,
      maxBytes: typeof limit === "number" ? limit : undefined,
      error,
      description,
      source,
    };
  },
  document: () => undefined,
  inputProperties: (payload) => [
    {
      name: payload.member,
      optional: !payload.required,
      type: payload.required ? "AsyncIterable<Uint8Array>" : "AsyncIterable<Uint8Array> | undefined",
      docs: `${payload.description}\n\nThe request body, streamed: the server hands it over as it arrives, verified against the checksums the request declares.`,
    },
  ],
  validate(payload, { local, missing }, file) {
    return {
      read: [
        `\n// Request body: a byte stream, handed over as it is.`,
        `const ${local} = ${file.use(requestValues("byteStream"))}(source.payload);`,
        ...(payload.required ? [`if (${local} === undefined) ${missing}`] : []),
      ],
      required: payload.required ? [`${payload.member}: ${local},`] : [],
      optional: payload.required ? [] : [`if (${local} !== undefined) value.${payload.member} = ${local};`],
      present: payload.required ? [local] : [],
    };
  },
  clientInputType: (payload, inputType, file) =>
    `${file.use(WithBodySource)}<${inputType}, ${JSON.stringify(payload.member)}>`,
  serialize: (payload) => `payload: input.${payload.member},`,
  passedOnAsSent: true,
  route: (payload) =>
    `{ kind: "blob"${payload.maxBytes !== undefined ? `, maxBytes: ${payload.maxBytes}, tooLarge: ${JSON.stringify(payload.error ?? "EntityTooLarge")}` : ""} }`,
  docs: (payload, statusOf) => ({
    syntax: `<${payload.member}: bytes>`,
    description: `The bytes of \`${payload.member}\`, streamed. ${payload.description}`,
    presence: `${payload.required ? "Required" : "Optional"}${payload.maxBytes !== undefined ? `; at most ${payload.maxBytes} bytes, more: ${payload.error ?? "EntityTooLarge"} (${statusOf(payload.error ?? "EntityTooLarge")})` : ""}`,
  }),
  exampleMembers: (payload) => (payload.required ? [`${payload.member}: "bytes"`] : []),
};
