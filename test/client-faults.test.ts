import { createServer, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ERROR_CODES, ObsClient, ObsError, streamBytes } from "@obs-toolkit/client";
import { AK, closeServer } from "./helpers.js";

const RESULT = `<?xml version="1.0" encoding="UTF-8"?><InitiateMultipartUploadResult xmlns="http://obs.example.com/doc/2015-06-30/"><Bucket>bucket01</Bucket><Key>k</Key><UploadId>0001</UploadId></InitiateMultipartUploadResult>`;
const errorXml = (code: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>m</Message><RequestId>r</RequestId><HostId>h</HostId></Error>`;

let server: Server | undefined;
afterEach(async () => {
  if (server) await closeServer(server);
  server = undefined;
});

/** A server whose n-th request (1-based) is answered by `behaviours[n-1]` (the last one repeats). */
async function misbehaving(
  behaviours: Array<(res: ServerResponse) => void>,
): Promise<{ client: (options?: object) => ObsClient; hits: () => number }> {
  let hits = 0;
  server = createServer((req, res) => {
    hits++;
    req.resume();
    (behaviours[Math.min(hits, behaviours.length) - 1] ?? (() => res.end()))(res);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    client: (options = {}) =>
      new ObsClient({
        endpoint,
        credentials: { accessKeyId: AK, secretAccessKey: "s" },
        signatureVersion: "v4",
        addressing: "path",
        retryDelayMs: 1,
        ...options,
      }),
    hits: () => hits,
  };
}

const ok = (res: ServerResponse) => res.writeHead(200, { "content-type": "application/xml" }).end(RESULT);
const status = (code: number, s3Code: string) => (res: ServerResponse) =>
  res.writeHead(code, { "content-type": "application/xml" }).end(errorXml(s3Code));
const hangUp = (res: ServerResponse) => res.socket?.destroy();
const truncated = (res: ServerResponse) => {
  res.writeHead(200, { "content-type": "application/xml", "content-length": String(RESULT.length) });
  res.write(RESULT.slice(0, 60));
  setTimeout(() => res.socket?.destroy(), 10);
};
const slow = (res: ServerResponse) => void setTimeout(() => ok(res), 2_000).unref();
const call = (client: ObsClient) => client.initiateMultipartUpload({ bucket: "bucket01", key: "k" });

describe("client under faults", () => {
  it("retries a 5xx and succeeds", async () => {
    const { client, hits } = await misbehaving([status(503, "ServiceUnavailable"), status(500, "InternalError"), ok]);
    await expect(call(client())).resolves.toMatchObject({ uploadId: "0001" });
    expect(hits()).toBe(3);
  });

  it("gives up after maxAttempts with the last S3 error", async () => {
    const { client, hits } = await misbehaving([status(503, "ServiceUnavailable")]);
    await expect(call(client({ maxAttempts: 4 }))).rejects.toMatchObject({
      code: "ServiceUnavailable",
      statusCode: 503,
    });
    expect(hits()).toBe(4);
  });

  it("never retries a 4xx", async () => {
    const { client, hits } = await misbehaving([status(403, "AccessDenied"), ok]);
    await expect(call(client())).rejects.toMatchObject({ code: "AccessDenied", statusCode: 403 });
    expect(hits()).toBe(1);
  });

  it("turns a closed connection into a typed network error, retried", async () => {
    const { client, hits } = await misbehaving([hangUp]);
    const error = await call(client({ maxAttempts: 2 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ObsError);
    expect(error).toMatchObject({ code: CLIENT_ERROR_CODES.network, statusCode: 0 });
    expect((error as Error).message).toMatch(
      /POST http:\/\/127\.0\.0\.1:\d+\/bucket01\/k failed before a complete response arrived: .*\(after 2 attempts\)/,
    );
    expect(hits()).toBe(2);
  });

  it("recovers when a retry after a closed connection succeeds", async () => {
    const { client, hits } = await misbehaving([hangUp, ok]);
    await expect(call(client())).resolves.toMatchObject({ uploadId: "0001" });
    expect(hits()).toBe(2);
  });

  it("treats a body cut short as a network error", async () => {
    const { client } = await misbehaving([truncated]);
    await expect(call(client({ maxAttempts: 1 }))).rejects.toMatchObject({ code: CLIENT_ERROR_CODES.network });
  });

  it("hands over an object's bytes as sent, and fails the reader of one cut short", async () => {
    const bytes = new Uint8Array(4 * 1024 * 1024).map((_, i) => i % 251);
    const object = (length: number, sent: Uint8Array) => (res: ServerResponse) => {
      res.writeHead(200, {
        "content-length": String(length),
        etag: '"0123456789abcdef0123456789abcdef"',
        "last-modified": new Date(0).toUTCString(),
      });
      res.write(sent);
      setTimeout(() => (sent.length < length ? res.socket?.destroy() : res.end()), 10);
    };
    const { client } = await misbehaving([object(bytes.length, bytes), object(bytes.length, bytes.subarray(0, 1000))]);
    const obs = client({ maxAttempts: 1 });
    const whole = await obs.getObject({ bucket: "bucket01", key: "k" });
    expect(Buffer.from(await streamBytes(whole.body)).equals(bytes)).toBe(true);
    const cut = await obs.getObject({ bucket: "bucket01", key: "k" });
    await expect(streamBytes(cut.body)).rejects.toThrow();
  });

  it("reads an answer sent faster than it is taken in reads over 64 KiB, and small answers after it whole", async () => {
    const bytes = new Uint8Array(16 * 1024 * 1024).map((_, i) => (i * 7) % 253);
    const object = (res: ServerResponse) =>
      res
        .writeHead(200, {
          "content-length": String(bytes.length),
          etag: '"0123456789abcdef0123456789abcdef"',
          "last-modified": new Date(0).toUTCString(),
        })
        .end(bytes);
    const { client } = await misbehaving([object, ok]);
    const obs = client({ maxAttempts: 1 });
    const answer = await obs.getObject({ bucket: "bucket01", key: "k" });
    const reader = answer.body.getReader();
    const chunks: Uint8Array[] = [];
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      // A slow reader at first: the server's bytes wait in the socket, and the next reads fill their memory.
      if (chunks.length < 4) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    expect(Math.max(...chunks.map((chunk) => chunk.byteLength))).toBeGreaterThan(64 * 1024);
    // The same keep-alive connection then reads small answers, each copied out of the memory the next read reuses.
    const uploads = await Promise.all([call(obs), call(obs), call(obs)]);
    expect(uploads.map((upload) => upload.uploadId)).toEqual(["0001", "0001", "0001"]);
  });

  it("names a complete but malformed XML body without retrying it", async () => {
    const { client, hits } = await misbehaving([
      (res) => res.writeHead(200).end("<InitiateMultipartUploadResult><Bucket>b</Bucket>"),
    ]);
    await expect(call(client())).rejects.toMatchObject({ code: "InvalidResponse" });
    expect(hits()).toBe(1);
  });

  it("times out a slow server after timeoutMs, per attempt", async () => {
    const { client, hits } = await misbehaving([slow]);
    const started = performance.now();
    const error = await call(client({ timeoutMs: 100, maxAttempts: 2 })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: CLIENT_ERROR_CODES.timeout, statusCode: 0 });
    expect((error as Error).message).toMatch(/took longer than 100 ms\. \(after 2 attempts\)/);
    expect(hits()).toBe(2);
    expect(performance.now() - started).toBeLessThan(1_900);
  });
});
