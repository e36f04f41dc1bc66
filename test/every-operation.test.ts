import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import type { OperationModel } from "../generator/model/types.js";
import { minimalInput } from "./minimal-input.js";
import { obsClient, referenceServer } from "./helpers.js";

const root = new URL("..", import.meta.url).pathname;
const model = buildModel(loadSpec("spec/openapi.yaml", root));

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
