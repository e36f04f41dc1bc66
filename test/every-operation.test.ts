import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import type { ElementShape, OperationModel, ScalarBinding, ScalarType, XmlMember } from "../generator/model/types.js";
import { obsClient, referenceServer } from "./helpers.js";

const root = new URL("..", import.meta.url).pathname;
const model = buildModel(loadSpec("spec/openapi.yaml", root));

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
function minimalInput(operation: OperationModel): Record<string, unknown> {
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

/**
 * Every operation of the spec, called through the generated client with its smallest input
 * against the reference server: each is served (never NotImplemented), no answer is a 5xx, and
 * every refusal is a code of the spec's catalog. Most succeed.
 */
describe("every operation of the spec against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let client: Record<string, (input: object) => Promise<unknown>>;
  beforeAll(async () => {
    ref = await referenceServer();
    const obs = obsClient(ref.url);
    client = obs as unknown as Record<string, (input: object) => Promise<unknown>>;
    await client.putBucket!({ bucket: "every-op" });
  });
  afterAll(async () => ref.stop());

  it("serves each one: success or an error of the catalog, never a 5xx or NotImplemented", async () => {
    const catalog = new Set(model.errorCodes.map((error) => error.code));
    const outcomes: Array<[string, string]> = [];
    // Writes first (PUTs and POSTs), so that reads and deletes find something; the bucket's deletion last.
    const order = (operation: OperationModel) =>
      operation.id === "DeleteBucket"
        ? 3
        : operation.method === "PUT" || operation.method === "POST"
          ? 0
          : operation.method === "DELETE"
            ? 2
            : 1;
    const operations = [...model.operations].sort((a, b) => order(a) - order(b));
    for (const operation of operations) {
      const call = client[operation.name];
      expect(call, operation.id).toBeTypeOf("function");
      const outcome = await call!.call(client, minimalInput(operation)).then(
        () => "ok",
        (error: { code?: string; statusCode?: number }) => `${error.code ?? "?"} ${error.statusCode ?? 0}`,
      );
      outcomes.push([operation.id, outcome]);
    }
    const refused = outcomes.filter(([, outcome]) => outcome !== "ok");
    for (const [id, outcome] of refused) {
      const [code = "", status = "0"] = outcome.split(" ");
      expect([id, code === "NotImplemented" || Number(status) >= 500], outcome).toEqual([id, false]);
      // A HEAD's error has no body: the client names a status several codes share by the status.
      const bodiless = model.operations.find((o) => o.id === id)?.method === "HEAD" && /^Http\d{3}$/.test(code);
      expect(catalog.has(code) || bodiless, `${id}: ${outcome}`).toBe(true);
    }
    expect(outcomes.length).toBe(model.operations.length);
    expect(outcomes.length - refused.length).toBeGreaterThan(model.operations.length / 2);
  }, 60_000);
});
