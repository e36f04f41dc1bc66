import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { randomBytes, createHash } from "node:crypto";
import { request as httpRequest, type Server } from "node:http";
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListPartsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  UploadPartCopyCommand,
} from "@aws-sdk/client-s3";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { streamText } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signV4, UNSIGNED_PAYLOAD } from "@obs-toolkit/signing";
import { downloadFile, uploadFile } from "../transfer/src/index.js";
import type { BackendOptions } from "../gateway/backend.js";
import { CEPH_RGW_LACKS } from "../gateway/deviations.js";
import { loadSpec } from "../generator/load/load-spec.js";
import { buildModel } from "../generator/model/build-model.js";
import { minimalInput } from "./minimal-input.js";
import { startScript } from "../bench/child-process.js";
import { startGateway } from "../gateway/gateway.js";
import { AK, SK, closeServer, obsClient, s3Client } from "./helpers.js";
import { backends, GATEWAY_CREDENTIALS, GATEWAY_USER, type Backend } from "./gateway-backends.js";

/** The error an SDK call rejects with: its S3 code and HTTP status. */
const failure = (call: Promise<unknown>) =>
  call.then(
    () => ({ code: "none", status: 0 }),
    (error: { name?: string; Code?: string; $metadata?: { httpStatusCode?: number } }) => ({
      code: error.Code ?? error.name,
      status: error.$metadata?.httpStatusCode,
    }),
  );

const root = join(import.meta.dirname, "..");
const md5 = (bytes: Buffer) => createHash("md5").update(bytes).digest("hex");

describe.each(backends())("gateway over $name", (backend: Backend) => {
  let storage: Awaited<ReturnType<Backend["start"]>>;
  const gateways: Array<{ server: Server; url: string }> = [];
  let sdk: S3Client;
  let other: S3Client;
  const bucket = `gw-${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    storage = await backend.start();
    for (let i = 0; i < 2; i++)
      gateways.push(await startGateway({ backend: storage.options, users: [GATEWAY_USER] }, 0));
    [sdk, other] = gateways.map(({ url }) => s3Client(url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey)) as [
      S3Client,
      S3Client,
    ];
    await sdk.send(new CreateBucketCommand({ Bucket: bucket }));
  }, 60_000);
  afterAll(async () => {
    for (const gateway of gateways) await closeServer(gateway.server);
    await storage.stop();
  });

  it("stores and reads objects: metadata, ranges, conditions, copies, listings and deletes keep their meaning", async () => {
    const bytes = randomBytes(100_000);
    const put = await sdk.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: "dir/a b.bin",
        Body: bytes,
        ContentType: "application/x-test",
        Metadata: { colour: "blue" },
      }),
    );
    expect(put.ETag).toBe(`"${md5(bytes)}"`);
    // Read through the other gateway: the object is the backend's, not a gateway's.
    const got = await other.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin" }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
    expect([got.ContentType, got.Metadata, got.ETag]).toEqual(["application/x-test", { colour: "blue" }, put.ETag]);

    const range = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", Range: "bytes=10-19" }));
    expect([range.ContentRange, range.ContentLength]).toEqual(["bytes 10-19/100000", 10]);
    expect(Buffer.from(await range.Body!.transformToByteArray()).equals(bytes.subarray(10, 20))).toBe(true);

    const notModified = sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", IfNoneMatch: put.ETag }));
    expect((await failure(notModified)).status).toBe(304);
    expect(
      await failure(sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "dir/a b.bin", IfMatch: '"0000"' }))),
    ).toEqual({ code: "PreconditionFailed", status: 412 });
    const head = await sdk.send(new HeadObjectCommand({ Bucket: bucket, Key: "dir/a b.bin" }));
    expect([head.ContentLength, head.ETag]).toEqual([100_000, put.ETag]);

    const copy = await sdk.send(
      new CopyObjectCommand({ Bucket: bucket, Key: "copy.bin", CopySource: `${bucket}/dir/a%20b.bin` }),
    );
    expect(copy.CopyObjectResult?.ETag).toBe(put.ETag);
    const upload = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "part-copy.bin" }));
    const partCopy = await sdk.send(
      new UploadPartCopyCommand({
        Bucket: bucket,
        Key: "part-copy.bin",
        UploadId: upload.UploadId,
        PartNumber: 1,
        CopySource: `${bucket}/dir/a%20b.bin`,
      }),
    );
    expect(partCopy.CopyPartResult?.ETag).toBe(put.ETag);
    await sdk.send(
      new AbortMultipartUploadCommand({ Bucket: bucket, Key: "part-copy.bin", UploadId: upload.UploadId }),
    );

    const listed = await sdk.send(new ListObjectsV2Command({ Bucket: bucket, Delimiter: "/" }));
    expect([listed.Contents?.map((o) => o.Key), listed.CommonPrefixes?.map((p) => p.Prefix)]).toEqual([
      ["copy.bin"],
      ["dir/"],
    ]);
    const deleted = await sdk.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: [{ Key: "copy.bin" }, { Key: "dir/a b.bin" }] } }),
    );
    expect(deleted.Deleted?.map((d) => d.Key).sort()).toEqual(["copy.bin", "dir/a b.bin"]);
    expect(await failure(sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "copy.bin" })))).toEqual({
      code: "NoSuchKey",
      status: 404,
    });
    expect(await failure(sdk.send(new GetObjectCommand({ Bucket: `${bucket}-none`, Key: "k" })))).toEqual({
      code: "NoSuchBucket",
      status: 404,
    });
  }, 60_000);

  it("keeps no state: an upload begun through one gateway is completed through the other, with the spec's answers", async () => {
    const key = "multi.bin";
    const parts = [randomBytes(5 * 1024 * 1024), randomBytes(1024)];
    const { UploadId } = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
    const etags: string[] = [];
    for (const [index, body] of parts.entries()) {
      const client = index % 2 === 0 ? other : sdk;
      const part = await client.send(
        new UploadPartCommand({ Bucket: bucket, Key: key, UploadId, PartNumber: index + 1, Body: body }),
      );
      etags.push(part.ETag ?? "");
    }
    const listed = await sdk.send(new ListPartsCommand({ Bucket: bucket, Key: key, UploadId }));
    expect(listed.Parts?.map((p) => [p.PartNumber, p.ETag])).toEqual(etags.map((etag, i) => [i + 1, etag]));
    const completed = await other.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) },
      }),
    );
    // The spec's ETag: MD5 of the parts' MD5s, with the count (RGW answers an empty one; the gateway asks).
    const expected = md5(Buffer.concat(parts.map((part) => createHash("md5").update(part).digest())));
    expect(completed.ETag).toBe(`"${expected}-2"`);
    const got = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(Buffer.concat(parts))).toBe(true);

    const aborted = await sdk.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "gone.bin" }));
    await other.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: "gone.bin", UploadId: aborted.UploadId }));
    // RGW answers NoSuchKey here; the spec says NoSuchUpload.
    expect(
      await failure(sdk.send(new ListPartsCommand({ Bucket: bucket, Key: "gone.bin", UploadId: aborted.UploadId }))),
    ).toEqual({ code: "NoSuchUpload", status: 404 });
  }, 60_000);

  it("authenticates its users however they sign: V2, and V4 with a body in signed aws-chunked chunks", async () => {
    const signing = (signatureVersion: "v2" | "v4") =>
      obsClient(gateways[0]!.url, { credentials: GATEWAY_CREDENTIALS, signatureVersion, streamSigning: "chunked" });
    await signing("v2").putObject({ bucket, key: "v2.txt", body: "signed with v2" });
    expect(await streamText((await signing("v2").getObject({ bucket, key: "v2.txt" })).body)).toBe("signed with v2");
    const bytes = randomBytes(200_000);
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 50_000) yield bytes.subarray(at, at + 50_000);
    }
    const put = await signing("v4").putObject(
      { bucket, key: "chunked.bin", body: chunks() },
      { contentLength: bytes.length },
    );
    expect(put.eTag).toBe(`"${md5(bytes)}"`);
    const got = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: "chunked.bin" }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(bytes)).toBe(true);
  });

  it("serves the generated client, uploadFile and downloadFile, npm run upload and download: bytes, streams, ranged parts", async () => {
    const client = obsClient(gateways[1]!.url, { credentials: GATEWAY_CREDENTIALS });
    const put = await client.putObject({ bucket, key: "hello.txt", body: "hello, gateway", contentType: "text/plain" });
    expect(put.eTag).toBe(`"${md5(Buffer.from("hello, gateway"))}"`);
    const got = await client.getObject({ bucket, key: "hello.txt" });
    expect([got.contentType, await streamText(got.body)]).toEqual(["text/plain", "hello, gateway"]);

    const work = mkdtempSync(join(tmpdir(), "obs-gateway-"));
    try {
      const data = randomBytes(11 * 1024 * 1024 + 3);
      writeFileSync(join(work, "up.bin"), data);
      const uploaded = await uploadFile(join(work, "up.bin"), {
        client,
        bucket,
        key: "up.bin",
        partSize: 5 * 1024 * 1024,
      });
      expect(uploaded.eTag).toMatch(/^"[0-9a-f]{32}-3"$/);
      await downloadFile(join(work, "down.bin"), { client, bucket, key: "up.bin", partSize: 4 * 1024 * 1024 });
      expect(readFileSync(join(work, "down.bin")).equals(data)).toBe(true);
      // The same through the commands.
      const env = {
        ...process.env,
        OBS_ACCESS_KEY_ID: GATEWAY_USER.accessKey,
        OBS_SECRET_ACCESS_KEY: GATEWAY_USER.secretKey,
        OBS_ENDPOINT: gateways[0]!.url,
      };
      const command = (script: string, ...args: string[]) =>
        promisify(execFile)(process.execPath, ["--import", "tsx", script, ...args, "--part-size", "5MiB"], {
          cwd: root,
          env,
        });
      await command("transfer/src/cli.ts", join(work, "up.bin"), `${bucket}/by-command.bin`);
      await command("transfer/src/download-cli.ts", `${bucket}/by-command.bin`, join(work, "by-command.bin"));
      expect(readFileSync(join(work, "by-command.bin")).equals(data)).toBe(true);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);

  it("forwards every operation the backend does (none answers a 5xx), and answers NotImplemented for those it lacks", async () => {
    const model = buildModel(loadSpec("spec/openapi.yaml", root));
    const client = obsClient(gateways[0]!.url, { credentials: GATEWAY_CREDENTIALS, maxAttempts: 1 });
    const methods = client as unknown as Record<string, (input: object) => Promise<unknown>>;
    const lacking = new Set(CEPH_RGW_LACKS);
    const outcomes: string[] = [];
    for (const operation of model.operations.filter((o) => o.id !== "DeleteBucket")) {
      if (lacking.has(operation.id)) {
        // Its route alone, signed: the gateway answers before validating, so any input will do.
        const target = new URL(
          `${operation.level === "service" ? "/" : `/${bucket}${operation.level === "object" ? "/k" : ""}`}?${operation.selectors.join("&")}`,
          gateways[0]!.url,
        );
        const signed = signV4(
          {
            method: operation.method,
            path: target.pathname,
            query: [...target.searchParams],
            headers: { host: target.host },
          },
          GATEWAY_CREDENTIALS,
          "us-east-1",
          "s3",
          new Date(),
        );
        const answer = await fetch(target, { method: operation.method, headers: signed.headers });
        const code = /<Code>([^<]*)<\/Code>/.exec(await answer.text())?.[1];
        outcomes.push(`${operation.id} ${code} ${answer.status}`);
        expect(`${operation.id} ${code} ${answer.status}`).toBe(`${operation.id} NotImplemented 501`);
        continue;
      }
      const input = { ...minimalInput(operation), ...(operation.bucket ? { bucket } : {}) };
      const outcome = await methods[operation.name]!.call(client, input).then(
        () => "ok",
        (error: { code?: string; statusCode?: number }) => `${error.code} ${error.statusCode}`,
      );
      expect(`${operation.id} ${outcome}`).not.toMatch(/ (5\d\d|NotImplemented \d+)$/);
    }
    expect(outcomes.length).toBe(lacking.size);
  }, 120_000);

  it("refuses in front what the spec refuses, and what its own users did not sign", async () => {
    expect(
      await failure(
        sdk.send(new PutObjectCommand({ Bucket: bucket, Key: "k", Body: "x", WebsiteRedirectLocation: "no-slash" })),
      ),
    ).toEqual({ code: "InvalidRedirectLocation", status: 400 });
    const stranger = s3Client(gateways[0]!.url, AK, SK);
    expect(await failure(stranger.send(new GetObjectCommand({ Bucket: bucket, Key: "k" })))).toEqual({
      code: "InvalidAccessKeyId",
      status: 403,
    });
    const unsigned = await fetch(`${gateways[0]!.url}/${bucket}/k`);
    expect([unsigned.status, /<Code>AccessDenied<\/Code>/.test(await unsigned.text())]).toEqual([403, true]);
  });
});

// Ceph named without its folder (OBS_TEST_CEPH's fourth field) cannot be restarted here.
describe.each(backends().filter((backend) => backend.restartable))(
  "gateway when $name goes away",
  (backend: Backend) => {
    it("answers 503 SlowDown while it is down, stays up, and serves again once it is back; no acknowledged write is lost", async () => {
      const storage = await backend.start();
      const outage = storage.outage;
      if (!outage) throw new Error(`${backend.name} says it can be restarted, but gives no outage`);
      const bucket = `gwf-${randomBytes(4).toString("hex")}`;
      const gateway = await startGateway(
        { backend: { ...storage.options, timeoutMs: 2_000 }, users: [GATEWAY_USER] },
        0,
      );
      const sdk = s3Client(gateway.url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey);
      await sdk.send(new CreateBucketCommand({ Bucket: bucket }));
      // Without the SDK's retries, so that the outage shows (with them, a short one is not seen at all).
      const once = s3Client(gateway.url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey, { maxAttempts: 1 });
      const acknowledged = new Map<string, string>();
      const refused: string[] = [];
      let running = true;
      // Writers keep going while the backend stops and starts again: bounded in count and time.
      const writer = async (id: number) => {
        for (let i = 0; running && i < 2_000; i++) {
          const key = `w${id}-${i}`;
          const body = randomBytes(64).toString("hex");
          const outcome = await failure(once.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body })));
          if (outcome.code === "none") acknowledged.set(key, body);
          else refused.push(`${outcome.status} ${outcome.code}`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await outage.down();
        await new Promise((resolve) => setTimeout(resolve, 300));
        const down = await failure(once.send(new GetObjectCommand({ Bucket: bucket, Key: "w0-0" })));
        await outage.up();
        await new Promise((resolve) => setTimeout(resolve, 300));
        running = false;
        await Promise.all(writers);
        expect(down).toEqual({ code: "SlowDown", status: 503 });
        // Clients saw the outage as 503s (which SDKs retry), never as another answer.
        expect(refused.length).toBeGreaterThan(0);
        expect(new Set(refused.map((line) => line.replace(/ .*/, "")))).toEqual(new Set(["503"]));
        expect(acknowledged.size).toBeGreaterThan(10);
        for (const [key, body] of acknowledged) {
          const got = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          expect(await got.Body!.transformToString(), key).toBe(body);
        }
      } finally {
        running = false;
        await Promise.all(writers);
        await closeServer(gateway.server);
        await storage.stop();
      }
    }, 90_000);
  },
);

const configs = mkdtempSync(join(tmpdir(), "obs-gateway-config-"));
afterAll(() => rmSync(configs, { recursive: true, force: true }));

/**
 * `npm run serve -- --backend …` in a process of its own, its settings as flags or in a `--config`
 * file; resolves once it prints its address.
 */
async function gatewayProcess(backend: BackendOptions, settings: "flags" | "config file" = "flags") {
  const flags = {
    port: 0,
    "access-key": GATEWAY_USER.accessKey,
    "secret-key": GATEWAY_USER.secretKey,
    backend: backend.endpoint,
    "backend-access-key": backend.accessKey,
    "backend-secret-key": backend.secretKey,
  };
  const config = join(configs, `serve-${randomBytes(4).toString("hex")}.json`);
  writeFileSync(config, JSON.stringify(flags));
  const args =
    settings === "flags"
      ? Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)])
      : ["--config", config];
  const started = await startScript(root, "reference/cli.ts", args, /listening on (http:\/\/\S+)/);
  // What it prints once serving: the stop's lines and the access log.
  let output = "";
  started.child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => started.child.once("exit", (code) => resolve(code)));
  return { child: started.child, url: started.match[1] ?? "", exited, output: () => output };
}

/** A PUT whose body is written by the caller, a piece at a time (V4, unsigned payload), and its answer's status. */
function slowPut(url: string, path: string, length: number) {
  const target = new URL(path, url);
  const signed = signV4(
    {
      method: "PUT",
      path: target.pathname,
      query: [...target.searchParams],
      headers: { host: target.host, "content-length": String(length) },
    },
    GATEWAY_CREDENTIALS,
    "us-east-1",
    "s3",
    new Date(),
    UNSIGNED_PAYLOAD,
  );
  const request = httpRequest(target, { method: "PUT", headers: signed.headers });
  const status = new Promise<number>((resolve, reject) => {
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", reject);
  });
  return { request, status };
}

describe.each(backends())("gateway processes over $name", (backend: Backend) => {
  let storage: Awaited<ReturnType<Backend["start"]>>;
  const bucket = `gwp-${randomBytes(4).toString("hex")}`;
  beforeAll(async () => {
    storage = await backend.start();
    const direct = s3Client(storage.options.endpoint, storage.options.accessKey, storage.options.secretKey);
    await direct.send(new CreateBucketCommand({ Bucket: bucket }));
  });
  afterAll(() => storage.stop());

  it("kill -9 of a gateway mid-upload loses no acknowledged part: another gateway completes the upload", async () => {
    const [first, second] = [await gatewayProcess(storage.options), await gatewayProcess(storage.options)];
    try {
      const one = s3Client(first.url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey);
      const two = s3Client(second.url, GATEWAY_USER.accessKey, GATEWAY_USER.secretKey);
      const parts = [randomBytes(5 * 1024 * 1024), randomBytes(2048)];
      const { UploadId } = await one.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: "k9.bin" }));
      const acknowledged = await one.send(
        new UploadPartCommand({ Bucket: bucket, Key: "k9.bin", UploadId, PartNumber: 1, Body: parts[0] }),
      );
      // Part 2 is on its way through the first gateway when it is killed.
      const cut = slowPut(first.url, `/${bucket}/k9.bin?partNumber=2&uploadId=${UploadId}`, 1024 * 1024);
      const sent = cut.status.catch(() => 0);
      cut.request.write(randomBytes(64 * 1024));
      await new Promise((resolve) => setTimeout(resolve, 200));
      first.child.kill("SIGKILL");
      expect(await first.exited).toBe(null);
      cut.request.destroy();
      expect(await sent).toBe(0);

      const listed = await two.send(new ListPartsCommand({ Bucket: bucket, Key: "k9.bin", UploadId }));
      expect(listed.Parts?.map((p) => [p.PartNumber, p.ETag])).toEqual([[1, acknowledged.ETag]]);
      const again = await two.send(
        new UploadPartCommand({ Bucket: bucket, Key: "k9.bin", UploadId, PartNumber: 2, Body: parts[1] }),
      );
      await two.send(
        new CompleteMultipartUploadCommand({
          Bucket: bucket,
          Key: "k9.bin",
          UploadId,
          MultipartUpload: {
            Parts: [
              { PartNumber: 1, ETag: acknowledged.ETag },
              { PartNumber: 2, ETag: again.ETag },
            ],
          },
        }),
      );
      const got = await two.send(new GetObjectCommand({ Bucket: bucket, Key: "k9.bin" }));
      expect(Buffer.from(await got.Body!.transformToByteArray()).equals(Buffer.concat(parts))).toBe(true);
    } finally {
      first.child.kill("SIGKILL");
      second.child.kill("SIGKILL");
    }
  }, 60_000);

  it("takes a --config file, answers GET /-/health, and on SIGTERM finishes the request in flight, takes no new one and exits 0", async () => {
    const gateway = await gatewayProcess(storage.options, "config file");
    try {
      const health = await fetch(`${gateway.url}/-/health`);
      expect([health.status, await health.json()]).toEqual([200, { status: "serving" }]);
      const length = 256 * 1024;
      const upload = slowPut(gateway.url, `/${bucket}/graceful.bin`, length);
      upload.request.write(Buffer.alloc(length / 2, 1));
      await new Promise((resolve) => setTimeout(resolve, 200));
      gateway.child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Stopping: a new connection is refused, so a load balancer sends nothing new.
      expect(
        await fetch(`${gateway.url}/-/health`).then(
          () => "answered",
          () => "refused",
        ),
      ).toBe("refused");
      upload.request.end(Buffer.alloc(length / 2, 1));
      expect(await upload.status).toBe(200);
      expect(await gateway.exited).toBe(0);
      expect(gateway.output()).toMatch(/SIGTERM: stopping/);
      // One JSON object per answer: what a log collector reads.
      const logged = gateway
        .output()
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(logged.find((entry) => entry["method"] === "PUT")).toMatchObject({
        url: `/${bucket}/graceful.bin`,
        status: 200,
        requestId: expect.stringMatching(/^[0-9A-F]{32}$/),
      });
      const direct = s3Client(storage.options.endpoint, storage.options.accessKey, storage.options.secretKey);
      const stored = await direct.send(new HeadObjectCommand({ Bucket: bucket, Key: "graceful.bin" }));
      expect(stored.ContentLength).toBe(length);
    } finally {
      gateway.child.kill("SIGKILL");
    }
  }, 60_000);
});
