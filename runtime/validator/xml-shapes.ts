/**
 * XML bodies, generically: the generated packages describe each document and structure as data
 * (a shape), and these functions read a parsed document into typed members, checking it, or
 * turn typed members back into a document. No operation appears here.
 */
import { patternOf, utf8Length } from "./checks.js";

/**
 * A parsed element's content: its text, or its child elements by name, each name's elements in
 * document order, and its attributes as entries named `@name` (one text each).
 */
export type XmlNode = string | { readonly [name: string]: readonly XmlNode[] | undefined };

/** A parsed document: the root element's name (namespace prefix removed) and content. */
export interface XmlDocument {
  root: string;
  content: XmlNode;
}

export interface XmlScalarShape {
  kind: "string" | "integer" | "boolean" | "timestamp";
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** UTF-8 bytes at most. */
  maxBytes?: number;
  /** A regular expression (ECMAScript, Unicode mode) the text must match. */
  pattern?: string;
}

export interface XmlStructureShape {
  kind: "structure";
  members: readonly XmlMemberShape[];
}

export interface XmlMemberShape {
  /** The member's name in the typed value. */
  member: string;
  /** The element's name (a list's wrapper, or its items when flattened). */
  xml: string;
  required?: boolean;
  /** A list: the items' element name, whether a wrapper element holds them, and how many it may hold. */
  list?: { item: string; wrapped: boolean; minItems?: number; maxItems?: number };
  shape: XmlScalarShape | XmlStructureShape;
  /** The S3 error code a bad value answers; the document's otherwise. */
  error?: string;
  /** A scalar that is an attribute of the structure's element (`xsi:type`: its prefix and namespace). */
  attribute?: { prefix?: string; namespace?: string };
}

/**
 * A document's shape. `T` is the typed value its members make: the generated descriptor of an
 * operation's document is declared with the members of the operation's input or output it
 * carries, so reading it answers them typed (the descriptor and the type come from one schema).
 */
export interface XmlDocumentShape<T extends object = Record<string, unknown>> extends XmlStructureShape {
  root: string;
  namespace?: string;
  /** A root that holds text rather than elements: the member it is. */
  text?: { member: string };
  /** Never set: it carries `T` for the readers. */
  readonly value?: T;
}

/** Reports a problem: the error code, the element path and a message. */
export type XmlProblem = (code: string, target: string, message: string) => void;

const INTEGER = /^\s*[-+]?\d+\s*$/;

/**
 * The typed value of a document, or undefined (after reporting) when its root is not the shape's.
 * With `anyRoot` (a client reading an answer) the root's name is not checked, as the AWS SDKs
 * read the children whatever the root is called (moto answers `<ListPartsResponse>`).
 */
export function readXmlDocument<T extends object>(
  shape: XmlDocumentShape<T>,
  document: unknown,
  error: string,
  problem: XmlProblem,
  anyRoot = false,
): T | undefined {
  // A caller from plain JavaScript may hand over anything as the payload.
  if (!isXmlDocument(document)) {
    problem(error, "body", `The body must be an XML document whose root is <${shape.root}>.`);
    return undefined;
  }
  // The members read are the shape's, checked against it: the value the shape's type says.
  return readDocument(shape, document, error, problem, anyRoot) as T | undefined;
}

function isXmlDocument(value: unknown): value is XmlDocument {
  return (
    value !== null &&
    typeof value === "object" &&
    "root" in value &&
    typeof value.root === "string" &&
    "content" in value &&
    value.content !== undefined
  );
}

function readDocument(
  shape: XmlDocumentShape<object>,
  document: XmlDocument,
  error: string,
  problem: XmlProblem,
  anyRoot: boolean,
): Record<string, unknown> | undefined {
  if (!anyRoot && document.root !== shape.root) {
    problem(error, document.root, `The XML root element must be <${shape.root}>, not <${document.root}>.`);
    return undefined;
  }
  if (shape.text) {
    if (typeof document.content !== "string") {
      problem(error, shape.root, `<${shape.root}> must hold text, not elements.`);
      return undefined;
    }
    return { [shape.text.member]: document.content };
  }
  return readStructure(shape, document.content, shape.root, error, problem);
}

function readStructure(
  shape: XmlStructureShape,
  node: XmlNode,
  path: string,
  error: string,
  problem: XmlProblem,
): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const children = typeof node === "string" ? {} : node;
  for (const member of shape.members) {
    const name = member.attribute ? attributeKey(children, member.xml, member.attribute.prefix) : member.xml;
    const target = `${path}.${name}`;
    const code = member.error ?? error;
    let elements = Object.hasOwn(children, name) ? (children[name] ?? []) : [];
    if (member.list) {
      if (member.list.wrapped) {
        const wrapper = elements[0];
        elements =
          wrapper !== undefined && typeof wrapper !== "string" && Object.hasOwn(wrapper, member.list.item)
            ? (wrapper[member.list.item] ?? [])
            : [];
      }
      if (member.required && elements.length === 0)
        problem(code, target, `At least one <${member.list.item}> is required in <${path}>.`);
      else if (member.list.minItems !== undefined && elements.length < member.list.minItems)
        problem(code, target, `At least ${member.list.minItems} <${member.list.item}> are required in <${path}>.`);
      else if (member.list.maxItems !== undefined && elements.length > member.list.maxItems)
        problem(code, target, `At most ${member.list.maxItems} <${member.list.item}> may be in <${path}>.`);
      value[member.member] = elements.map((element, index) =>
        readValue(member, element, `${target}[${index + 1}]`, code, error, problem),
      );
      continue;
    }
    if (elements.length > 1) problem(code, target, `<${member.xml}> may appear once in <${path}>.`);
    const element = elements[0];
    if (element === undefined) {
      if (member.required)
        problem(
          code,
          target,
          member.attribute
            ? `The attribute ${member.xml} is required on <${path.split(".").pop() ?? path}>.`
            : `<${member.xml}> is required in <${path}>.`,
        );
      continue;
    }
    value[member.member] = readValue(member, element, target, code, error, problem);
  }
  return value;
}

/**
 * Where an element's content keeps an attribute: a parsed document by its local name (`@type`,
 * the parser drops prefixes), a tree xmlTreeOf made under its prefix (`@xsi:type`).
 */
function attributeKey(children: XmlNode & object, name: string, prefix: string | undefined): string {
  const prefixed = `@${prefix}:${name}`;
  return prefix !== undefined && Object.hasOwn(children, prefixed) ? prefixed : `@${name}`;
}

function readValue(
  member: XmlMemberShape,
  node: XmlNode,
  target: string,
  code: string,
  error: string,
  problem: XmlProblem,
): unknown {
  const shape = member.shape;
  if (shape.kind === "structure") return readStructure(shape, node, target, error, problem);
  if (typeof node !== "string") {
    problem(code, target, `<${member.xml}> must hold text, not elements.`);
    return undefined;
  }
  switch (shape.kind) {
    case "integer": {
      if (!INTEGER.test(node) || !Number.isSafeInteger(Number(node))) {
        problem(code, target, `<${member.xml}> must be an integer.`);
        return undefined;
      }
      const number = Number(node);
      if (shape.minimum !== undefined && number < shape.minimum)
        problem(code, target, `<${member.xml}> must be at least ${shape.minimum}.`);
      else if (shape.maximum !== undefined && number > shape.maximum)
        problem(code, target, `<${member.xml}> must be at most ${shape.maximum}.`);
      return number;
    }
    case "boolean": {
      const text = node.trim();
      if (text !== "true" && text !== "false") problem(code, target, `<${member.xml}> must be true or false.`);
      return text === "true";
    }
    case "timestamp": {
      const time = Date.parse(node.trim());
      if (Number.isNaN(time)) problem(code, target, `<${member.xml}> must be an ISO 8601 date-time.`);
      return new Date(time);
    }
    case "string": {
      const length = [...node].length;
      if (shape.enum && !shape.enum.includes(node))
        problem(code, target, `<${member.xml}> must be one of ${shape.enum.join(", ")}.`);
      else if (shape.minLength !== undefined && length < shape.minLength)
        problem(code, target, `<${member.xml}> must be at least ${shape.minLength} characters long.`);
      else if (shape.maxLength !== undefined && length > shape.maxLength)
        problem(code, target, `<${member.xml}> must be at most ${shape.maxLength} characters long.`);
      else if (shape.maxBytes !== undefined && utf8Length(node) > shape.maxBytes)
        problem(code, target, `<${member.xml}> must be at most ${shape.maxBytes} bytes long in UTF-8.`);
      else if (shape.pattern !== undefined && !patternOf(shape.pattern).test(node))
        problem(code, target, `<${member.xml}> must match ${shape.pattern}.`);
      return node;
    }
  }
}

/** The document content for a typed value: members in the shape's order, undefined ones left out; a text root's text. */
export function xmlTreeOf(shape: XmlStructureShape | XmlDocumentShape, value: object): XmlNode {
  const record = value as Record<string, unknown>;
  if ("text" in shape && shape.text) return String(record[shape.text.member] ?? "");
  const tree: Record<string, XmlNode[]> = {};
  for (const member of shape.members) {
    const item = record[member.member];
    if (item === undefined || item === null) continue;
    const nodes = member.list
      ? (Array.isArray(item) ? item : []).map((entry: unknown) => nodeOf(member.shape, entry))
      : [nodeOf(member.shape, item)];
    if (member.attribute) {
      // An attribute in a namespace is written under its prefix, declared on the same element.
      const { prefix, namespace } = member.attribute;
      if (prefix !== undefined && namespace !== undefined) tree[`@xmlns:${prefix}`] = [namespace];
      tree[`@${prefix !== undefined ? `${prefix}:` : ""}${member.xml}`] = nodes;
    } else if (member.list?.wrapped) tree[member.xml] = [{ [member.list.item]: nodes }];
    else if (nodes.length > 0) tree[member.xml] = nodes;
  }
  return tree;
}

function nodeOf(shape: XmlScalarShape | XmlStructureShape, value: unknown): XmlNode {
  if (shape.kind === "structure") return xmlTreeOf(shape, value !== null && typeof value === "object" ? value : {});
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

/** `<?xml …?><root xmlns="…">…</root>`, every text escaped. */
export function renderXmlTree(root: string, namespace: string | undefined, content: XmlNode): string {
  const open = `<${root}${namespace ? ` xmlns="${escapeXml(namespace)}"` : ""}${renderAttributes(content)}>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${open}${renderContent(content)}</${root}>`;
}

function renderContent(content: XmlNode): string {
  if (typeof content === "string") return escapeXml(content);
  let out = "";
  for (const name of Object.keys(content))
    if (name.charCodeAt(0) !== 64 /* @ */)
      for (const node of content[name] ?? [])
        out += `<${name}${renderAttributes(node)}>${renderContent(node)}</${name}>`;
  return out;
}

/** An element's attributes (its `@name` entries), each ` name="value"`. */
function renderAttributes(node: XmlNode): string {
  if (typeof node === "string") return "";
  let out = "";
  for (const name of Object.keys(node)) {
    const value = node[name]?.[0];
    if (name.charCodeAt(0) === 64 /* @ */ && typeof value === "string")
      out += ` ${name.slice(1)}="${escapeXml(value)}"`;
  }
  return out;
}

/**
 * Escapes text for XML content and attributes. Carriage returns become `&#xD;` (a parser would
 * turn a raw one into a line feed), and the control characters XML 1.0 cannot carry become
 * character references, as S3 writes them, so every key round-trips.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g, (char) => {
    switch (char) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      default:
        return `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
    }
  });
}
