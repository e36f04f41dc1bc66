/**
 * Printers for the declarations generated code is made of. They print plain text without
 * indentation or line breaks to speak of: the formatter (format/) lays the file out.
 */

/** A JSDoc block of `text` (`*​/` in it made harmless); a one-line text stays on one line. */
export function doc(text: string | undefined): string {
  const body = (text ?? "").replace(/\*\//g, "*\\/").trim();
  if (body === "") return "";
  if (!body.includes("\n")) return `/** ${body} */\n`;
  return `/**\n${body
    .split("\n")
    .map((line) => (line.trim() === "" ? " *" : ` * ${line}`))
    .join("\n")}\n */\n`;
}

const exported = (isExported: boolean | undefined) => (isExported === false ? "" : "export ");

/** A member of an interface or a type literal. */
export interface PropertySpec {
  name: string;
  type: string;
  optional?: boolean | undefined;
  docs?: string | undefined;
}

export const property = (p: PropertySpec): string => `${doc(p.docs)}${p.name}${p.optional ? "?" : ""}: ${p.type};`;

/** A method signature of an interface. */
export interface MethodSpec {
  name: string;
  docs?: string | undefined;
  parameters: ParameterSpec[];
  returns: string;
}

export interface ParameterSpec {
  name: string;
  type: string;
  optional?: boolean | undefined;
  initializer?: string | undefined;
}

const parameter = (p: ParameterSpec) =>
  `${p.name}${p.optional ? "?" : ""}: ${p.type}${p.initializer !== undefined ? ` = ${p.initializer}` : ""}`;
export const parameters = (list: ParameterSpec[]): string => list.map(parameter).join(", ");

export function interfaceDeclaration(spec: {
  name: string;
  docs?: string | undefined;
  extends?: string[] | undefined;
  properties?: PropertySpec[] | undefined;
  methods?: MethodSpec[] | undefined;
  exported?: boolean | undefined;
}): string {
  const heritage = spec.extends && spec.extends.length > 0 ? ` extends ${spec.extends.join(", ")}` : "";
  const members = [
    ...(spec.properties ?? []).map(property),
    ...(spec.methods ?? []).map((m) => `${doc(m.docs)}${m.name}(${parameters(m.parameters)}): ${m.returns};`),
  ];
  return `${doc(spec.docs)}${exported(spec.exported)}interface ${spec.name}${heritage} {\n${members.join("\n")}\n}`;
}

export function functionDeclaration(spec: {
  name: string;
  docs?: string | undefined;
  parameters: ParameterSpec[];
  returns: string;
  body: string | string[];
  exported?: boolean | undefined;
  async?: boolean | undefined;
}): string {
  const body = typeof spec.body === "string" ? spec.body : statements(spec.body);
  return `${doc(spec.docs)}${exported(spec.exported)}${spec.async ? "async " : ""}function ${spec.name}(${parameters(spec.parameters)}): ${spec.returns} {\n${body}\n}`;
}

/** Statements one after another; a block (a statement ending in `}`) is followed by a blank line. */
const statements = (list: string[]): string =>
  list.map((statement, i) => (i > 0 && list[i - 1]?.endsWith("}") ? `\n${statement}` : statement)).join("\n");

export function constDeclaration(spec: {
  name: string;
  docs?: string | undefined;
  type?: string | undefined;
  value: string;
  exported?: boolean | undefined;
}): string {
  return `${doc(spec.docs)}${exported(spec.exported)}const ${spec.name}${spec.type ? `: ${spec.type}` : ""} = ${spec.value};`;
}

export function typeAlias(spec: { name: string; docs?: string | undefined; type: string; exported?: boolean }): string {
  return `${doc(spec.docs)}${exported(spec.exported)}type ${spec.name} = ${spec.type};`;
}
