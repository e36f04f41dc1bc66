import { bodyUnitOf } from "../bodies/index.js";
import type { ElementShape, OperationModel, ScalarBinding, ScalarType, XmlMember } from "../model/types.js";
import { literal } from "./names.js";

/** Example values for usage snippets, from the spec: a member's example, else one its type and constraints accept. */
function scalarExample(
  type: ScalarType,
  example: string | undefined,
  constraints: ScalarBinding["constraints"],
  fallback: string,
): string {
  if (type.enumValues?.[0] !== undefined) return literal(example ?? type.enumValues[0]);
  switch (type.kind) {
    case "integer": {
      const minimum = constraints.find((c) => c.kind === "minimum");
      return example ?? String(minimum?.kind === "minimum" ? Math.max(minimum.limit, 1) : 1);
    }
    case "boolean":
      return example ?? "true";
    case "timestamp":
      return `new Date(${example ? literal(example) : ""})`;
    case "string":
      return literal(example ?? fallback);
  }
}

function elementExample(shape: ElementShape, member: XmlMember): string {
  if (shape.kind === "scalar") return scalarExample(shape.type, undefined, member.constraints, member.member);
  return `{ ${shape.members
    .filter((m) => m.required)
    .map((m) => `${m.member}: ${memberExample(m)}`)
    .join(", ")} }`;
}

const memberExample = (member: XmlMember) =>
  member.list ? `[${elementExample(member.shape, member)}]` : elementExample(member.shape, member);

const stringFallback = (operation: OperationModel, binding: ScalarBinding) =>
  binding === operation.bucket ? "bucket01" : binding === operation.key ? "objectkey" : binding.member;

/** The required members of an operation's input, as a JavaScript object literal. */
export function exampleInput(operation: OperationModel): string {
  const entries = [operation.bucket, operation.key, ...operation.query, ...operation.headers]
    .filter((binding): binding is ScalarBinding => binding?.required === true)
    .map(
      (binding) =>
        `${binding.member}: ${scalarExample(binding.type, binding.example, binding.constraints, stringFallback(operation, binding))}`,
    );
  const payload = operation.payload;
  if (payload) entries.push(...bodyUnitOf(payload).exampleMembers(payload, memberExample));
  return `{ ${entries.join(", ")} }`;
}

/** A routed request the operation's validator accepts: bucket, key, query and headers on the wire. */
export function exampleRequest(operation: OperationModel): string {
  const required = (list: ScalarBinding[]) => list.filter((binding) => binding.required);
  const wire = (binding: ScalarBinding) => {
    const value = scalarExample(binding.type, binding.example, binding.constraints, stringFallback(operation, binding));
    return `${literal(binding.wireName)}: ${binding.type.kind === "string" || binding.type.enumValues ? value : literal(value)}`;
  };
  const parts = [
    ...(operation.bucket ? [`bucket: "bucket01"`] : []),
    ...(operation.key ? [`key: "objectkey"`] : []),
    ...(required(operation.query).length || operation.subresources.length
      ? [
          `query: { ${[...operation.subresources.map((s) => `${literal(s)}: ""`), ...required(operation.query).map(wire)].join(", ")} }`,
        ]
      : []),
    `headers: { ${required(operation.headers).map(wire).join(", ")} }`,
  ];
  return `{ ${parts.join(", ")} }`;
}
