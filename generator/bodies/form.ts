import { buildBinding, buildPrefixFamily } from "../model/build-binding.js";
import { compilePrefixLimit } from "../emit/rule-code.js";
import { literal, wireText } from "../emit/names.js";
import { formValues, requestValues, WithBodySource } from "../emit/symbols.js";
import type { FormPayload, PrefixHeaderBinding, ScalarBinding } from "../model/types.js";
import type { RequestBodyUnit } from "./body.js";

type Node = Record<string, unknown>;

const NO_FILE = "IncorrectNumberOfFilesInPostRequest";

/**
 * `multipart/form-data`: an HTML form (S3's browser upload). Each property of its schema is a
 * field: a scalar member (checked as a header would be, its name in any case), a family of
 * fields by prefix (`x-amz-meta-*`), or the file (`format: binary`), which comes last and is
 * streamed. The body's `x-obs-member`, when given, receives every field as sent.
 */
export const formBody: RequestBodyUnit<"form"> = {
  kind: "form",
  mediaType: "multipart/form-data",
  parse({ context, body, schema, required, description, error, source, claim, useError }) {
    if (schema.type !== "object") context.report(schema, `a form's schema is { type: object, properties }`, "type");
    if (error === undefined)
      context.report(body, `a form needs "x-obs-error" (the code of a form that cannot be read)`);
    useError(body, "x-obs-error", error, "the form cannot be read");
    const allFields = context.string(body, "x-obs-member");
    if (allFields !== undefined) claim(body, allFields, "the form's fields");
    const requiredNames = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const properties = context.object(schema.properties) ? schema.properties : {};
    const fields: ScalarBinding[] = [];
    const prefixFields: PrefixHeaderBinding[] = [];
    let file: FormPayload["file"] | undefined;
    for (const [name, property] of Object.entries(properties)) {
      if (!context.object(property)) continue;
      const member = context.string(property, "x-obs-member");
      if (member === undefined) {
        context.report(property, `form field "${name}" needs "x-obs-member"`);
        continue;
      }
      claim(property, member, `form field "${name}"`);
      const fieldError = context.string(property, "x-obs-error");
      useError(property, "x-obs-error", fieldError, `form field ${name} is invalid`);
      const fieldDescription = (context.string(property, "description") ?? "").trim();
      const prefix = context.string(property, "x-obs-prefix");
      if (property.format === "binary") {
        if (file !== undefined) context.report(property, `a form has one file field`);
        const limit = property["x-obs-max-bytes"];
        if (limit !== undefined && fieldError === undefined)
          context.report(property, `a size limit needs "x-obs-error"`, "x-obs-max-bytes");
        file = {
          member,
          wireName: name.toLowerCase(),
          description: fieldDescription,
          maxBytes: typeof limit === "number" ? limit : undefined,
          error: fieldError,
        };
      } else if (prefix !== undefined) {
        prefixFields.push(
          buildPrefixFamily(context, {
            node: property,
            schema: property,
            what: "field",
            nameKey: "x-obs-prefix",
            name,
            prefix,
            member,
            description: fieldDescription,
            error: fieldError,
          }),
        );
      } else {
        const binding = buildBinding(context, {
          node: property,
          schema: property as Node,
          label: `form field "${name}"`,
          member,
          location: "form",
          wireName: name.toLowerCase(),
          description: fieldDescription,
          required: requiredNames.has(name),
          error: fieldError,
          selector: false,
          component: undefined,
        });
        if (binding.required) useError(property, "type", "InvalidArgument", `form field ${name} is required`);
        fields.push(binding);
      }
    }
    if (file === undefined) context.report(schema, `a form needs its file field (type: string, format: binary)`);
    // S3's code for a form without its one file.
    useError(schema, "properties", NO_FILE, "the form carries no file field");
    return {
      kind: "form",
      fields,
      prefixFields,
      allFields,
      file: file ?? { member: "file", wireName: "file", description: "", maxBytes: undefined, error: undefined },
      required,
      error: error ?? "MalformedPOSTRequest",
      description,
      source,
    };
  },
  document: () => undefined,
  // The scalar fields are members as headers are (emit/types-code.ts); the file, families and fields as sent are the unit's.
  inputProperties: (payload) => [
    ...payload.prefixFields.map((family) => ({
      name: family.member,
      optional: true,
      type: "Record<string, string> | undefined",
      docs: `${family.description}\n\nForm fields \`${family.prefix}*\`, by the rest of their name.`,
    })),
    ...(payload.allFields === undefined
      ? []
      : [
          {
            name: payload.allFields,
            optional: true,
            type: "Record<string, string> | undefined",
            docs: "Every field of the form before the file, by lowercase name, as sent (a policy covers them all). The client sends these too, under the typed members.",
          },
        ]),
    {
      name: payload.file.member,
      optional: false,
      type: "AsyncIterable<Uint8Array>",
      docs: `${payload.file.description}\n\nForm field \`${payload.file.wireName}\`, the last: the file's bytes, streamed as they arrive.`,
    },
  ],
  validate(payload, { local, status }, file) {
    const read = [
      `\n// Request body: an HTML form; its file is the last field, streamed.`,
      `const ${local} = ${file.use(requestValues("formFile"))}(source.payload);`,
      `if (${local} === undefined) fail(${literal(NO_FILE)}, ${status(NO_FILE)}, ${literal(payload.file.wireName)}, "POST requires exactly one file upload per request (the form's last field).");`,
    ];
    const optional: string[] = [];
    for (const family of payload.prefixFields) {
      const name = `${local}${family.member.charAt(0).toUpperCase()}${family.member.slice(1)}`;
      read.push(
        `const ${name} = ${file.use(requestValues("prefixedFields"))}(source.payload, ${literal(family.prefix)});`,
        compilePrefixLimit(family, name, status(family.error ?? "InvalidArgument"), file.use.bind(file)),
      );
      optional.push(`if (${name} !== undefined) value.${family.member} = ${name};`);
    }
    if (payload.allFields !== undefined)
      optional.push(
        `const ${local}Fields = ${file.use(requestValues("formFieldsOf"))}(source.payload);`,
        `if (${local}Fields !== undefined) value.${payload.allFields} = ${local}Fields;`,
      );
    return {
      read: read.filter((line) => line !== ""),
      required: [`${payload.file.member}: ${local},`],
      optional,
      present: [local],
    };
  },
  clientInputType: (payload, inputType, file) =>
    `${file.use(WithBodySource)}<${inputType}, ${literal(payload.file.member)}>`,
  serialize: (payload, _documentName, file) => {
    const fields = payload.fields.map(
      (field) => `[${literal(field.wireName)}, ${wireText(field.type.kind, `input.${field.member}`)}]`,
    );
    const families = payload.prefixFields.map((family) => `[${literal(family.prefix)}, input.${family.member}]`);
    const extra = payload.allFields === undefined ? "undefined" : `input.${payload.allFields}`;
    return `payload: ${file.use(formValues("formBody"))}([${fields.join(", ")}], [${families.join(", ")}], ${extra}, input.${payload.file.member}),`;
  },
  passedOnAsSent: false,
  route: (payload) =>
    `{ kind: "form", file: ${literal(payload.file.wireName)}, error: ${literal(payload.error)}${payload.file.maxBytes !== undefined ? `, maxBytes: ${payload.file.maxBytes}, tooLarge: ${literal(payload.file.error ?? "EntityTooLarge")}` : ""} }`,
  docs: (payload, statusOf) => ({
    syntax: [
      ...payload.fields.map((field) => `${field.wireName}=<${field.member}>`),
      ...payload.prefixFields.map((family) => `${family.prefix}*=<${family.member}>`),
      `${payload.file.wireName}=<${payload.file.member}: bytes>`,
    ].join("\n"),
    description: `An HTML form (\`multipart/form-data\`): the fields below, then the file. ${payload.description}`,
    presence: `${payload.required ? "Required" : "Optional"}; a form that cannot be read: ${payload.error} (${statusOf(payload.error)})`,
  }),
  exampleMembers: (payload) => [
    ...payload.fields
      .filter((field) => field.required)
      .map((field) => `${field.member}: ${literal(field.example ?? "value")}`),
    `${payload.file.member}: "bytes"`,
  ],
};
