import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObsServer, type ObsServer } from "@obs-toolkit/server";
import { sha256Hex, signV4 } from "@obs-toolkit/signing";
import { createReferenceHandlers } from "../reference/reference-server.js";
import { ReferenceStore } from "../reference/store.js";
import { AK, SK } from "./helpers.js";

/**
 * Malformed requests, as data (smithy's httpMalformedRequestTests): for each operation, requests
 * that break one rule of the spec or of the protocol, with the status and S3 code they answer.
 * `UPLOAD` in a query stands for a real upload ID; every request is signed (V4) for the server.
 */
interface Case {
  operation: string;
  what: string;
  method: string;
  path: string;
  query?: string;
  headers?: Record<string, string>;
  body?: string;
  status: number;
  code: string | undefined;
}

const XML = (inner: string) => `<CompleteMultipartUpload>${inner}</CompleteMultipartUpload>`;
const CASES: Case[] = [
  {
    operation: "InitiateMultipartUpload",
    what: "a storage class not in the enum",
    method: "POST",
    path: "/bucket01/k",
    query: "uploads",
    headers: { "x-amz-storage-class": "WARM" },
    status: 400,
    code: "InvalidStorageClass",
  },
  {
    operation: "InitiateMultipartUpload",
    what: "a body",
    method: "POST",
    path: "/bucket01/k",
    query: "uploads",
    body: "x",
    status: 400,
    code: "UnexpectedContent",
  },
  {
    operation: "InitiateMultipartUpload",
    what: "a bucket that does not exist",
    method: "POST",
    path: "/nobucket/k",
    query: "uploads",
    status: 404,
    code: "NoSuchBucket",
  },

  {
    operation: "UploadPart",
    what: "partNumber 0",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=0&uploadId=UPLOAD",
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "partNumber 10001",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=10001&uploadId=UPLOAD",
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "partNumber not an integer",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=1.5&uploadId=UPLOAD",
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "partNumber missing",
    method: "PUT",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "an empty uploadId",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=1&uploadId=",
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "an unknown uploadId",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=1&uploadId=NOSUCHUPLOAD",
    body: "x",
    status: 404,
    code: "NoSuchUpload",
  },
  {
    operation: "UploadPart",
    what: "the SSE-C algorithm without its key",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=1&uploadId=UPLOAD",
    headers: { "x-amz-server-side-encryption-customer-algorithm": "AES256" },
    body: "x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "UploadPart",
    what: "another key than the upload's",
    method: "PUT",
    path: "/bucket01/other",
    query: "partNumber=1&uploadId=UPLOAD",
    body: "x",
    status: 404,
    code: "NoSuchUpload",
  },

  {
    operation: "CompleteMultipartUpload",
    what: "no body",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "a body that is not XML",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: "<CompleteMultipartUpload><Part>",
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "another root element",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: "<Parts/>",
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "no Part",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: XML(""),
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "a PartNumber that is not an integer",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: XML("<Part><PartNumber>one</PartNumber><ETag>x</ETag></Part>"),
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "a Part without its ETag",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: XML("<Part><PartNumber>1</PartNumber></Part>"),
    status: 400,
    code: "MalformedXML",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "a part that was never uploaded",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: XML("<Part><PartNumber>9</PartNumber><ETag>x</ETag></Part>"),
    status: 400,
    code: "InvalidPart",
  },
  {
    operation: "CompleteMultipartUpload",
    what: "an unknown uploadId",
    method: "POST",
    path: "/bucket01/k",
    query: "uploadId=NOSUCHUPLOAD",
    body: XML("<Part><PartNumber>1</PartNumber><ETag>x</ETag></Part>"),
    status: 404,
    code: "NoSuchUpload",
  },

  {
    operation: "ListParts",
    what: "max-parts below 0",
    method: "GET",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD&max-parts=-1",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListParts",
    what: "max-parts not an integer",
    method: "GET",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD&max-parts=ten",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListParts",
    what: "part-number-marker not an integer",
    method: "GET",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD&part-number-marker=x",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListParts",
    what: "an unknown uploadId",
    method: "GET",
    path: "/bucket01/k",
    query: "uploadId=NOSUCHUPLOAD",
    status: 404,
    code: "NoSuchUpload",
  },

  {
    operation: "AbortMultipartUpload",
    what: "an unknown uploadId",
    method: "DELETE",
    path: "/bucket01/k",
    query: "uploadId=NOSUCHUPLOAD",
    status: 404,
    code: "NoSuchUpload",
  },
  {
    operation: "AbortMultipartUpload",
    what: "a body",
    method: "DELETE",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    body: "x",
    status: 400,
    code: "UnexpectedContent",
  },

  {
    operation: "ListMultipartUploads",
    what: "max-uploads below 0",
    method: "GET",
    path: "/bucket01",
    query: "uploads&max-uploads=-1",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListMultipartUploads",
    what: "max-uploads not an integer",
    method: "GET",
    path: "/bucket01",
    query: "uploads&max-uploads=1.5",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListMultipartUploads",
    what: "upload-id-marker without key-marker",
    method: "GET",
    path: "/bucket01",
    query: "uploads&upload-id-marker=X",
    status: 400,
    code: "InvalidArgument",
  },
  {
    operation: "ListMultipartUploads",
    what: "a bucket that does not exist",
    method: "GET",
    path: "/nobucket",
    query: "uploads",
    status: 404,
    code: "NoSuchBucket",
  },

  {
    operation: "routing",
    what: "a known sub-resource with another method",
    method: "GET",
    path: "/bucket01/k",
    query: "uploads",
    status: 405,
    code: "MethodNotAllowed",
  },
  {
    operation: "routing",
    what: "valued sub-resources with a method no operation has",
    method: "PUT",
    path: "/bucket01",
    query: "uploads",
    status: 405,
    code: "MethodNotAllowed",
  },
  {
    operation: "routing",
    what: "the selectors of two operations at once",
    method: "POST",
    path: "/bucket01/k",
    query: "uploads&uploadId=UPLOAD",
    status: 400,
    code: "InvalidRequest",
  },
  {
    operation: "routing",
    what: "an S3 sub-resource no operation serves",
    method: "GET",
    path: "/bucket01",
    query: "torrent",
    status: 501,
    code: "NotImplemented",
  },
  {
    operation: "routing",
    what: "a method S3 does not use",
    method: "PATCH",
    path: "/bucket01/k",
    query: "uploads",
    status: 405,
    code: "MethodNotAllowed",
  },
];

/** Requests that look odd but are valid: the answer the pages imply. */
const VALID: Array<Omit<Case, "code"> & { expect: RegExp }> = [
  {
    operation: "ListMultipartUploads",
    what: "max-uploads 0 lists up to 1000",
    method: "GET",
    path: "/bucket01",
    query: "uploads&max-uploads=0",
    status: 200,
    expect: /<MaxUploads>1000<\/MaxUploads>/,
  },
  {
    operation: "ListMultipartUploads",
    what: "max-uploads 5000 lists up to 1000",
    method: "GET",
    path: "/bucket01",
    query: "uploads&max-uploads=5000",
    status: 200,
    expect: /<MaxUploads>1000<\/MaxUploads>/,
  },
  {
    operation: "ListParts",
    what: "no max-parts lists up to 1000",
    method: "GET",
    path: "/bucket01/k",
    query: "uploadId=UPLOAD",
    status: 200,
    expect: /<MaxParts>1000<\/MaxParts><IsTruncated>false<\/IsTruncated><\/ListPartsResult>$/,
  },
  {
    operation: "UploadPart",
    what: "an empty part",
    method: "PUT",
    path: "/bucket01/k",
    query: "partNumber=2&uploadId=UPLOAD",
    status: 200,
    expect: /^$/,
  },
  {
    operation: "AbortMultipartUpload",
    what: "an Abort, 204 without a body or Content-Length",
    method: "DELETE",
    path: "/bucket01/gone",
    query: "uploadId=GONE",
    status: 204,
    expect: /^$/,
  },
];

describe("malformed requests, operation by operation", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "obs-malformed-"));
  const store = new ReferenceStore(dataDir);
  let server: ObsServer;
  let uploadId = "";
  let gone = "";
  beforeAll(async () => {
    await store.createBucket({ name: "bucket01", createdAt: new Date().toISOString(), owner: AK, region: "us-east-1" });
    server = createObsServer({
      handlers: createReferenceHandlers(store),
      credentials: (id) => (id === AK ? { secretAccessKey: SK } : undefined),
    });
    const initiate = async (key: string) =>
      /<UploadId>([0-9A-F]+)<\/UploadId>/.exec(
        String(
          (await server.handle(signedRequest({ method: "POST", path: `/bucket01/${key}`, query: "uploads" }))).body,
        ),
      )?.[1] ?? "";
    uploadId = await initiate("k");
    gone = await initiate("gone");
  });
  afterAll(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function signedRequest(c: Pick<Case, "method" | "path" | "query" | "headers" | "body">) {
    const query = (c.query ?? "").replace("UPLOAD", uploadId).replace("GONE", gone);
    const pairs = query
      .split("&")
      .filter(Boolean)
      .map((part) => [part.split("=")[0] ?? "", part.includes("=") ? part.slice(part.indexOf("=") + 1) : ""] as const);
    const body = Buffer.from(c.body ?? "");
    const signed = signV4(
      { method: c.method, path: c.path, query: pairs, headers: { host: "127.0.0.1", ...c.headers } },
      { accessKeyId: AK, secretAccessKey: SK },
      "us-east-1",
      "s3",
      new Date(),
      sha256Hex(body),
    );
    return { method: c.method, url: `${c.path}${query ? `?${query}` : ""}`, headers: signed.headers, body };
  }

  it.each(CASES)("$operation: $what → $status $code", async (c) => {
    const response = await server.handle(signedRequest(c));
    expect(response.status).toBe(c.status);
    expect(/<Code>([^<]+)<\/Code>/.exec(String(response.body))?.[1]).toBe(c.code);
  });

  it.each(VALID)("$operation: $what → $status", async (c) => {
    const response = await server.handle(signedRequest(c));
    expect(response.status).toBe(c.status);
    expect(String(response.body)).toMatch(c.expect);
    if (c.status === 204) expect(response.headers["content-length"]).toBeUndefined();
  });

  it("answers 501 NotImplemented for an operation the handlers leave out", async () => {
    const partial = createObsServer({
      handlers: {},
      credentials: (id) => (id === AK ? { secretAccessKey: SK } : undefined),
    });
    const response = await partial.handle(signedRequest({ method: "GET", path: "/bucket01", query: "uploads" }));
    expect(response.status).toBe(501);
    expect(String(response.body)).toContain(
      "<Code>NotImplemented</Code><Message>ListMultipartUploads is not implemented by this server.</Message>",
    );
  });
});
