import type { ElementShape, OperationModel, ScalarBinding, ScalarType, XmlMember } from "../generator/model/types.js";

/** A value the type takes: its first enum value, its minimum, a date, or a plain word. */
function scalar(type: ScalarType, constraints: ScalarBinding["constraints"], word: string): unknown {
  if (type.enumValues?.[0] !== undefined) return type.enumValues[0];
  const minimum = constraints.find((c) => c.kind === "minimum");
  switch (type.kind) {
    case "integer":
      return minimum?.kind === "minimum" ? Math.max(minimum.limit, 1) : 1;
    case "boolean":
      return true;
    case "timestamp":
      return new Date(Date.now() + 86_400_000);
    case "string":
      return word;
  }
}

/** The required members of an XML element, recursively. */
function element(shape: ElementShape, member: XmlMember): unknown {
  if (shape.kind === "scalar") return scalar(shape.type, member.constraints, "x");
  return Object.fromEntries(
    shape.members
      .filter((m) => m.required)
      .map((m) => [m.member, m.list ? [element(m.shape, m)] : element(m.shape, m)]),
  );
}

/** The smallest input the spec allows, as the README's examples build it: the required members only. */
export function minimalInput(operation: OperationModel): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const binding of [operation.bucket, operation.key, ...operation.query, ...operation.headers])
    if (binding?.required)
      input[binding.member] =
        binding === operation.bucket
          ? "every-op"
          : binding === operation.key
            ? "objectkey"
            : scalar(binding.type, binding.constraints, binding.example ?? "example");
  const payload = operation.payload;
  if (payload?.kind === "xml")
    for (const member of payload.document.members.filter((m) => m.required))
      input[member.member] = member.list ? [element(member.shape, member)] : element(member.shape, member);
  if (payload?.kind === "blob") input[payload.member] = new TextEncoder().encode("bytes");
  if (payload?.kind === "form") {
    for (const field of payload.fields.filter((f) => f.required))
      input[field.member] = scalar(field.type, field.constraints, field.example ?? "example");
    input[payload.file.member] = "bytes";
  }
  return input;
}
