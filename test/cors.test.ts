import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import {
  CreateBucketCommand,
  DeleteBucketCorsCommand,
  GetBucketCorsCommand,
  PutBucketCorsCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { presignV4, uriEncode } from "@obs-toolkit/signing";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AK, SK, closeServer, obsClient, referenceServer, s3Client } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** A page on another origin (another port of 127.0.0.1) for the browser to run scripts from. */
function servePage(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<!doctype html><title>app</title>");
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** CORS: the rules kept (S3 SDK, generated client), preflights answered from them, and a real page in Chromium. */
describe("CORS against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let page: { server: Server; origin: string };
  let browser: Browser;
  let s3: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
    ref = await referenceServer();
    page = await servePage();
    s3 = s3Client(ref.url);
    obs = obsClient(ref.url);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--no-sandbox", "--disable-gpu"],
      timeout: 30_000,
    });
    for (const Bucket of ["web", "closed"]) await s3.send(new CreateBucketCommand({ Bucket }));
  });
  afterAll(async () => {
    await browser?.close();
    s3?.destroy();
    if (page) await closeServer(page.server);
    await ref?.stop();
  });

  /** A presigned URL (15 minutes) for a method on a key. */
  const presigned = (method: string, path: string) => {
    const host = new URL(ref.url).host;
    const signed = presignV4(
      { method, path, query: [], headers: { host } },
      { accessKeyId: AK, secretAccessKey: SK },
      "us-east-1",
      "s3",
      new Date(),
      900,
    );
    return `${ref.url}${path}?${signed.query.map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`).join("&")}`;
  };
  const preflight = (path: string, headers: Record<string, string>) =>
    fetch(`${ref.url}${path}`, { method: "OPTIONS", headers });

  it("keeps the rules (S3 SDK) and answers preflights from them: allowed, refused, or malformed", async () => {
    await s3.send(
      new PutBucketCorsCommand({
        Bucket: "web",
        CORSConfiguration: {
          CORSRules: [
            {
              ID: "app",
              AllowedOrigins: [page.origin],
              AllowedMethods: ["GET", "PUT"],
              AllowedHeaders: ["content-*", "x-amz-*"],
              ExposeHeaders: ["ETag"],
              MaxAgeSeconds: 60,
            },
            { AllowedOrigins: ["http://*.example.com"], AllowedMethods: ["GET"], AllowedHeaders: [] },
          ],
        },
      }),
    );
    const rules = (await s3.send(new GetBucketCorsCommand({ Bucket: "web" }))).CORSRules;
    expect(rules?.map((rule) => [rule.ID, rule.AllowedOrigins, rule.AllowedMethods, rule.MaxAgeSeconds])).toEqual([
      ["app", [page.origin], ["GET", "PUT"], 60],
      [undefined, ["http://*.example.com"], ["GET"], undefined],
    ]);
    const allowed = await preflight("/web/obj", {
      origin: page.origin,
      "access-control-request-method": "PUT",
      "access-control-request-headers": "Content-Type",
    });
    expect(allowed.status).toBe(200);
    expect(Object.fromEntries([...allowed.headers].filter(([name]) => name.startsWith("access-control-")))).toEqual({
      "access-control-allow-origin": page.origin,
      "access-control-allow-methods": "GET,PUT",
      "access-control-allow-headers": "Content-Type",
      "access-control-max-age": "60",
      "access-control-expose-headers": "ETag",
    });
    expect(
      (await preflight("/web", { origin: "http://shop.example.com", "access-control-request-method": "GET" })).status,
    ).toBe(200);
    const refused = await preflight("/web/obj", { origin: "http://evil.test", "access-control-request-method": "PUT" });
    expect([refused.status, await refused.text()]).toEqual([
      403,
      expect.stringContaining("<Code>AccessForbidden</Code>"),
    ]);
    expect(
      (await preflight("/web/obj", { origin: page.origin, "access-control-request-method": "DELETE" })).status,
    ).toBe(403);
    expect(
      (await preflight("/closed/obj", { origin: page.origin, "access-control-request-method": "GET" })).status,
    ).toBe(403);
    const noOrigin = await preflight("/web/obj", { "access-control-request-method": "GET" });
    expect([noOrigin.status, await noOrigin.text()]).toEqual([
      400,
      expect.stringContaining("<Code>InvalidArgument</Code>"),
    ]);
    // The generated client reads the same rules.
    expect((await obs.getBucketCors({ bucket: "web" })).rules[0]?.exposeHeaders).toEqual(["ETag"]);
  });

  it("lets a script on the allowed origin PUT and GET an object in Chromium, and refuses it elsewhere", async () => {
    await s3.send(new PutObjectCommand({ Bucket: "closed", Key: "obj", Body: "closed" }));
    const urls = {
      put: presigned("PUT", "/web/obj"),
      get: presigned("GET", "/web/obj"),
      closedGet: presigned("GET", "/closed/obj"),
    };
    const tab = await browser.newPage();
    try {
      await tab.goto(page.origin);
      const results = await tab.evaluate(async (u) => {
        const attempt = async (run: () => Promise<string>) => {
          try {
            return await run();
          } catch (error) {
            return `blocked: ${(error as Error).name}`;
          }
        };
        return {
          put: await attempt(async () => {
            const response = await fetch(u.put, {
              method: "PUT",
              body: "from the page",
              headers: { "content-type": "text/plain" },
            });
            return `${response.status} ${response.headers.get("etag") ?? "no etag"}`;
          }),
          get: await attempt(async () => {
            const response = await fetch(u.get);
            return `${response.status} ${await response.text()}`;
          }),
          closedGet: await attempt(async () => `${(await fetch(u.closedGet)).status}`),
        };
      }, urls);
      expect(results.put).toMatch(/^200 "[0-9a-f]{32}"$/);
      expect(results.get).toBe("200 from the page");
      expect(results.closedGet).toBe("blocked: TypeError");
    } finally {
      await tab.close();
    }
    // Deleted, the rules no longer let the page through.
    await s3.send(new DeleteBucketCorsCommand({ Bucket: "web" }));
    expect(await obs.getBucketCors({ bucket: "web" }).catch((error: { code: string }) => error.code)).toBe(
      "NoSuchCORSConfiguration",
    );
    expect((await preflight("/web/obj", { origin: page.origin, "access-control-request-method": "GET" })).status).toBe(
      403,
    );
  }, 60_000);
});
