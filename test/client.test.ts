import { readFileSync } from "node:fs";
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import {
  buildTarget,
  deserializeInitiateMultipartUploadResponse,
  ObsClient,
  ObsError,
  serializeInitiateMultipartUploadRequest,
} from "@obs-toolkit/client";
import { signV4, lowercaseHeaders } from "@obs-toolkit/signing";
import { AK, SK } from "./helpers.js";

const openapi = JSON.parse(readFileSync(new URL("../generated/openapi.json", import.meta.url), "utf8"));
const sample = openapi.paths["/{BucketName}/{ObjectName}?uploads"].post["x-obs-samples"][0];

function parseHttpResponse(text: string) {
  const [head = "", body = ""] = text.split("\n\n");
  const [statusLine = "", ...lines] = head.split("\n");
  const headers = new Headers(
    lines.map(
      (line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 1).trim()] as [string, string],
    ),
  );
  return { status: Number(statusLine.split(" ")[1]), headers, body };
}

describe("generated client", () => {
  it("parses the page's sample response", () => {
    const output = deserializeInitiateMultipartUploadResponse(parseHttpResponse(sample.response));
    expect(output).toMatchObject({
      bucket: "bucket01",
      key: "objectkey",
      uploadId: "DCD2FC98B4F70000013DF578ACA318E7",
      requestId: "996c76696e6727732072657175657374",
    });
  });

  it("parses the result in another namespace, or none", () => {
    const body = (ns: string) =>
      `<?xml version="1.0"?><s3:InitiateMultipartUploadResult ${ns}><s3:Bucket>b&amp;1</s3:Bucket><s3:Key> k </s3:Key><s3:UploadId>0001</s3:UploadId></s3:InitiateMultipartUploadResult>`;
    const response = (text: string) => ({ status: 200, headers: new Headers(), body: text });
    expect(
      deserializeInitiateMultipartUploadResponse(response(body('xmlns:s3="http://s3.amazonaws.com/doc/2006-03-01/"'))),
    ).toMatchObject({ bucket: "b&1", key: " k ", uploadId: "0001" });
    expect(() => deserializeInitiateMultipartUploadResponse(response("<Other/>"))).toThrow(ObsError);
  });

  it("validates before sending, with the server's codes", async () => {
    let sent = 0;
    const client = new ObsClient({
      endpoint: "http://127.0.0.1:1",
      credentials: { accessKeyId: AK, secretAccessKey: SK },
      signatureVersion: "v4",
      fetch: async () => (sent++, new Response("")),
    });
    await expect(
      client.initiateMultipartUpload({ bucket: "bucket01", key: "k", storageClass: "cold" as never }),
    ).rejects.toMatchObject({ code: "InvalidStorageClass", statusCode: 400 });
    await expect(client.initiateMultipartUpload({ bucket: "Bad_Bucket", key: "k" })).rejects.toMatchObject({
      code: "InvalidBucketName",
    });
    expect(sent).toBe(0);
  });

  it("builds virtual-hosted and path-style URLs", () => {
    const request = serializeInitiateMultipartUploadRequest({ bucket: "bucket01", key: "dir/a b&c.txt" });
    const base = { credentials: { accessKeyId: AK, secretAccessKey: SK }, signatureVersion: "v2" as const };
    expect(buildTarget({ ...base, endpoint: "https://obs.example.com" }, request).url.href).toBe(
      "https://bucket01.obs.example.com/dir/a%20b%26c.txt?uploads",
    );
    expect(buildTarget({ ...base, endpoint: "http://127.0.0.1:9000", addressing: "path" }, request).url.href).toBe(
      "http://127.0.0.1:9000/bucket01/dir/a%20b%26c.txt?uploads",
    );
  });

  it("signs V4 exactly as @smithy/signature-v4 does", async () => {
    const now = new Date("2026-03-04T05:06:07Z");
    const headers = {
      host: "127.0.0.1:9000",
      "x-amz-storage-class": "STANDARD",
      "x-amz-meta-a": "b  c",
      "content-type": "text/plain",
    };
    const ours = signV4(
      { method: "POST", path: "/bucket01/a%20b%26c.txt", query: [["uploads", ""]], headers },
      { accessKeyId: AK, secretAccessKey: SK },
      "region-1",
      "s3",
      now,
    );
    const signer = new SignatureV4({
      credentials: { accessKeyId: AK, secretAccessKey: SK },
      region: "region-1",
      service: "s3",
      sha256: Sha256,
      uriEscapePath: false,
      applyChecksum: true,
    });
    const theirs = await signer.sign(
      new HttpRequest({
        method: "POST",
        protocol: "http:",
        hostname: "127.0.0.1",
        port: 9000,
        path: "/bucket01/a%20b%26c.txt",
        query: { uploads: "" },
        headers: { ...headers, "x-amz-content-sha256": ours.headers["x-amz-content-sha256"] ?? "" },
      }),
      { signingDate: now },
    );
    const theirAuth = lowercaseHeaders(theirs.headers as Record<string, string>)["authorization"];
    expect(ours.headers["authorization"]).toBe(theirAuth);
    expect(ours.headers["authorization"]).toMatch(/Signature=[0-9a-f]{64}$/);
  });
});

describe("a stream body of known length", () => {
  it("goes with its Content-Length, each chunk written before the next is read: a source may reuse one buffer", async () => {
    const { createServer } = await import("node:http");
    const received: { length: string | undefined; encoding: string | undefined; body: Buffer } = {
      length: undefined,
      encoding: undefined,
      body: Buffer.alloc(0),
    };
    const server = createServer((req, res) => {
      received.length = req.headers["content-length"];
      received.encoding = req.headers["transfer-encoding"];
      const pieces: Buffer[] = [];
      req.on("data", (piece: Buffer) => pieces.push(piece));
      req.on("end", () => {
        received.body = Buffer.concat(pieces);
        res.writeHead(200, { etag: '"e"' }).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as { port: number };
      const client = new ObsClient({
        endpoint: `http://127.0.0.1:${port}`,
        credentials: { accessKeyId: AK, secretAccessKey: SK },
        signatureVersion: "v4",
        addressing: "path",
      });
      // One buffer, filled anew for each chunk: a chunk still queued when the next is read would be overwritten.
      const buffer = Buffer.alloc(64 * 1024);
      async function* reused(): AsyncGenerator<Uint8Array> {
        for (let n = 0; n < 32; n++) yield buffer.fill(n);
      }
      await client.uploadPart(
        { bucket: "bucket01", key: "k", uploadId: "u", partNumber: 1, body: reused() },
        { contentLength: 32 * buffer.length },
      );
      expect(received.length).toBe(String(32 * buffer.length));
      expect(received.encoding).toBeUndefined();
      const expected = Buffer.concat(Array.from({ length: 32 }, (_, n) => Buffer.alloc(buffer.length, n)));
      expect(received.body.equals(expected)).toBe(true);
    } finally {
      server.close();
    }
  });
});
