import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { crc32 } from "@aws-crypto/crc32";
import { crc32c } from "@aws-crypto/crc32c";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ObsClient } from "@obs-toolkit/client";
import {
  amzDate,
  signedChunks,
  signV4,
  STREAMING_SIGNED_PAYLOAD,
  STREAMING_UNSIGNED_PAYLOAD_TRAILER,
  UNSIGNED_PAYLOAD,
  type SignableRequest,
} from "@obs-toolkit/signing";
import { AK, SK, obsClient, referenceServer } from "./helpers.js";

/** How the server checks what a request says of its body, over real sockets: every check, each way it can fail, and that a failure leaves nothing. */
describe("the server verifies what a part's request declares of its body", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let obs: ObsClient;
  let uploadId: string;
  const key = "verified";
  const path = `/bucket01/${key}`;
  beforeAll(async () => {
    ref = await referenceServer();
    obs = obsClient(ref.url);
    ({ uploadId } = await obs.initiateMultipartUpload({ bucket: "bucket01", key }));
  });
  afterAll(() => ref.stop());

  const host = () => new URL(ref.url).host;
  /** A signed Upload Part request (V4): headers as given, the payload hash as declared. */
  const signed = (
    partNumber: number,
    headers: Record<string, string>,
    payloadHash: string,
    now = new Date(),
  ): SignableRequest =>
    signV4(
      {
        method: "PUT",
        path,
        query: [
          ["partNumber", String(partNumber)],
          ["uploadId", uploadId],
        ],
        headers: { host: host(), ...headers },
      },
      { accessKeyId: AK, secretAccessKey: SK },
      "us-east-1",
      "s3",
      now,
      payloadHash,
    );
  const send = (req: SignableRequest, body: Uint8Array | string) =>
    new Promise<{ status: number; code: string | undefined }>((resolve, reject) => {
      const { host: _host, ...headers } = req.headers;
      const out = request(
        `${ref.url}${path}?partNumber=${req.query[0]?.[1]}&uploadId=${uploadId}`,
        { method: "PUT", headers },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, code: /<Code>([^<]+)<\/Code>/.exec(text)?.[1] }));
        },
      );
      out.on("error", reject);
      out.end(body);
    });
  const parts = () => ref.store.listParts(uploadId, 0, 100).parts.map((p) => p.partNumber);
  const sha = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
  const base64Crc = (value: number) => {
    const out = Buffer.alloc(4);
    out.writeUInt32BE(value >>> 0);
    return out.toString("base64");
  };
  const body = Buffer.from("part bytes, verified on the way in");

  it.each([
    ["a payload SHA-256 that is not the body's", 1, { "x-amz-content-sha256-value": sha("other") }, 400, "BadDigest"],
    // The empty payload's hash is checked without hashing: the body must be empty.
    ["the empty payload's SHA-256 over a body", 9, { "x-amz-content-sha256-value": sha("") }, 400, "BadDigest"],
    [
      "a Content-MD5 that is not the body's",
      2,
      { "content-md5": createHash("md5").update("other").digest("base64") },
      400,
      "BadDigest",
    ],
    ["a Content-MD5 that is not an MD5", 3, { "content-md5": "not-md5" }, 400, "InvalidDigest"],
    [
      "an x-amz-checksum-crc32 that is not the body's",
      4,
      { "x-amz-checksum-crc32": base64Crc(crc32(Buffer.from("other"))) },
      400,
      "BadDigest",
    ],
    [
      "an x-amz-checksum-crc32c that is not the body's",
      5,
      { "x-amz-checksum-crc32c": base64Crc(crc32c(Buffer.from("other"))) },
      400,
      "BadDigest",
    ],
    [
      "an x-amz-checksum-sha256 that is not the body's",
      6,
      { "x-amz-checksum-sha256": createHash("sha256").update("other").digest("base64") },
      400,
      "BadDigest",
    ],
    [
      "an x-amz-checksum-sha1 that is not the body's",
      7,
      { "x-amz-checksum-sha1": createHash("sha1").update("other").digest("base64") },
      400,
      "BadDigest",
    ],
  ])("answers %s with %i %s and keeps nothing", async (_what, partNumber, extra, status, code) => {
    const { "x-amz-content-sha256-value": declared, ...headers } = extra as Record<string, string>;
    expect(await send(signed(partNumber, headers, declared ?? sha(body)), body)).toEqual({ status, code });
    expect(parts()).not.toContain(partNumber);
  });

  it("answers a part announced over 5 GB with EntityTooLarge before reading it", async () => {
    const req = signed(
      8,
      { "content-encoding": "aws-chunked", "x-amz-decoded-content-length": String(5 * 1024 ** 3 + 1) },
      STREAMING_UNSIGNED_PAYLOAD_TRAILER,
    );
    expect(await send(req, "0\r\n\r\n")).toEqual({ status: 400, code: "EntityTooLarge" });
    expect(parts()).not.toContain(8);
  });

  it("accepts each checksum when it is right", async () => {
    const headers = {
      "content-md5": createHash("md5").update(body).digest("base64"),
      "x-amz-checksum-crc32": base64Crc(crc32(body)),
      "x-amz-checksum-crc32c": base64Crc(crc32c(body)),
      "x-amz-checksum-sha1": createHash("sha1").update(body).digest("base64"),
      "x-amz-checksum-sha256": createHash("sha256").update(body).digest("base64"),
    };
    expect(await send(signed(20, headers, sha(body)), body)).toEqual({ status: 200, code: undefined });
    expect(parts()).toContain(20);
  });

  /** The signed aws-chunked encoding of `data` (V4 chunked upload signing), as S3's V4 page describes it. */
  async function chunkedRequest(partNumber: number, data: Buffer) {
    const now = new Date();
    const req = signed(
      partNumber,
      { "content-encoding": "aws-chunked", "x-amz-decoded-content-length": String(data.length) },
      STREAMING_SIGNED_PAYLOAD,
      now,
    );
    const seed = /Signature=([0-9a-f]{64})/.exec(req.headers["authorization"] ?? "")?.[1] ?? "";
    const timestamp = amzDate(now);
    const pieces: Uint8Array[] = [];
    for await (const piece of signedChunks(
      [data],
      SK,
      { date: timestamp.slice(0, 8), region: "us-east-1", service: "s3" },
      timestamp,
      seed,
      16 * 1024,
    ))
      pieces.push(piece);
    return { req, encoded: Buffer.concat(pieces) };
  }

  it("verifies every chunk signature: accepts them, refuses a tampered chunk with SignatureDoesNotMatch", async () => {
    const data = Buffer.alloc(40 * 1024, 7);
    const good = await chunkedRequest(30, data);
    expect(await send(good.req, good.encoded)).toEqual({ status: 200, code: undefined });
    expect(ref.store.listParts(uploadId, 29, 1).parts[0]?.etag).toBe(createHash("md5").update(data).digest("hex"));

    const bad = await chunkedRequest(31, data);
    const at = bad.encoded.indexOf("\r\n", bad.encoded.indexOf("\r\n") + 2) + 100; // inside the second chunk's data
    bad.encoded[at] = (bad.encoded[at] ?? 0) ^ 1;
    expect(await send(bad.req, bad.encoded)).toEqual({ status: 403, code: "SignatureDoesNotMatch" });
    expect(parts()).not.toContain(31);
  });

  it("checks the trailer's checksum of an unsigned aws-chunked body (what lib-storage sends)", async () => {
    const data = Buffer.from("streamed with a trailer");
    const encode = (checksum: string) =>
      `${data.length.toString(16)}\r\n${data.toString()}\r\n0\r\nx-amz-checksum-crc32:${checksum}\r\n\r\n`;
    const headers = {
      "content-encoding": "aws-chunked",
      "x-amz-decoded-content-length": String(data.length),
      "x-amz-trailer": "x-amz-checksum-crc32",
    };
    expect(await send(signed(40, headers, STREAMING_UNSIGNED_PAYLOAD_TRAILER), encode(base64Crc(crc32(data))))).toEqual(
      { status: 200, code: undefined },
    );
    expect(
      await send(
        signed(41, headers, STREAMING_UNSIGNED_PAYLOAD_TRAILER),
        encode(base64Crc(crc32(Buffer.from("other")))),
      ),
    ).toEqual({ status: 400, code: "BadDigest" });
    expect(
      await send(
        signed(42, headers, STREAMING_UNSIGNED_PAYLOAD_TRAILER),
        `${data.length.toString(16)}\r\n${data.toString()}\r\n0\r\n\r\n`,
      ),
    ).toEqual({ status: 400, code: "InvalidRequest" });
    expect(await send(signed(43, headers, STREAMING_UNSIGNED_PAYLOAD_TRAILER), `zz\r\n${data.toString()}\r\n`)).toEqual(
      { status: 400, code: "InvalidRequest" },
    );
    expect(parts().filter((n) => n >= 40)).toEqual([40]);
  });

  /** A PUT that waits for 100 Continue before it sends its body: whether it came, and the final status. */
  const expecting = (url: string, headers: Record<string, string>) =>
    new Promise<{ continued: boolean; status: number }>((resolve, reject) => {
      let continued = false;
      const out = request(
        url,
        { method: "PUT", headers: { ...headers, "content-length": String(body.length) } },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ continued, status: res.statusCode ?? 0 }));
        },
      );
      out.on("continue", () => {
        continued = true;
        out.end(body);
      });
      out.on("error", reject);
    });

  it("answers Expect: 100-continue before the body, then stores it; a refused request gets its error instead", async () => {
    const req = signed(50, { expect: "100-continue" }, sha(body));
    const { host: _host, ...headers } = req.headers;
    expect(await expecting(`${ref.url}${path}?partNumber=50&uploadId=${uploadId}`, headers)).toEqual({
      continued: true,
      status: 200,
    });
    expect(parts()).toContain(50);
    // Unsigned, to a private bucket: 403 without asking for the body.
    expect(await expecting(`${ref.url}/bucket01/refused`, { expect: "100-continue" })).toEqual({
      continued: false,
      status: 403,
    });
  });

  it("a client that disconnects mid-part leaves nothing, and the server goes on serving", async () => {
    const req = signed(60, {}, UNSIGNED_PAYLOAD);
    const { host: _host, ...headers } = req.headers;
    const socket = connect(Number(new URL(ref.url).port), "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    const head = [
      `PUT ${path}?partNumber=60&uploadId=${uploadId} HTTP/1.1`,
      `host: ${host()}`,
      ...Object.entries(headers).map(([n, v]) => `${n}: ${v}`),
      "content-length: 1048576",
      "",
      "",
    ].join("\r\n");
    socket.write(head);
    socket.write(Buffer.alloc(300 * 1024, 1));
    // The part's file is being written…
    const halfPart = () => readdirSync(`${ref.dataDir}/parts`).some((name) => name.includes("-60-"));
    const waitFor = async (wanted: boolean) => {
      for (const deadline = Date.now() + 5000; Date.now() < deadline && halfPart() !== wanted;)
        await new Promise((r) => setTimeout(r, 10));
      return halfPart();
    };
    expect(await waitFor(true)).toBe(true);
    socket.destroy();
    // …and once the client is gone the server drops it, records nothing, and answers the next request.
    expect(await waitFor(false)).toBe(false);
    expect(parts()).not.toContain(60);
    expect(
      (await obs.uploadPart({ bucket: "bucket01", key, uploadId, partNumber: 61, body: "still serving" })).eTag,
    ).toMatch(/^"[0-9a-f]{32}"$/);
  });
});
