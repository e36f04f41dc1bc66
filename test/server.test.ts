import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObsServer, ObsError, type ObsHttpRequest } from "@obs-toolkit/server";
import { signV2, signV4, V2_SUBRESOURCES } from "@obs-toolkit/signing";
import { AK, SK, referenceServer } from "./helpers.js";

const NOW = new Date("2026-05-06T07:08:09Z");
const server = createObsServer({
  handlers: {
    async initiateMultipartUpload(input) {
      if (input.bucket === "nobucket") throw new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);
      if (input.key === "crash") throw new Error("secret internal detail");
      return {
        bucket: input.bucket,
        key: input.key,
        uploadId: "DCD2FC98B4F70000013DF578ACA318E7",
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
    },
  },
  credentials: (ak) =>
    ak === AK ? { secretAccessKey: SK } : ak === "TEMP" ? { secretAccessKey: SK, securityToken: "tok" } : undefined,
  domains: ["obs.example.com"],
  now: () => NOW,
});

type Options = {
  path?: string;
  host?: string;
  headers?: Record<string, string>;
  version?: "v2" | "v4";
  date?: Date;
  secret?: string;
  ak?: string;
  unsigned?: boolean;
};
function signed({
  path = "/bucket01/objectkey?uploads",
  host = "127.0.0.1:9000",
  headers = {},
  version = "v4",
  date = NOW,
  secret = SK,
  ak = AK,
  unsigned,
}: Options): ObsHttpRequest {
  const [p = "", q] = path.split("?");
  const base = {
    method: "POST",
    path: p,
    query: (q ? q.split("&") : []).map((part) => [part.split("=")[0] ?? "", part.split("=")[1] ?? ""] as const),
    headers: { host, ...headers },
  };
  if (unsigned) return { method: "POST", url: path, headers: base.headers };
  const virtual = !host.startsWith("127.");
  const out =
    version === "v4"
      ? signV4(base, { accessKeyId: ak, secretAccessKey: secret }, "region-1", "s3", date)
      : signV2(
          { ...base, headers: { ...base.headers, date: date.toUTCString() } },
          { accessKeyId: ak, secretAccessKey: secret },
          virtual ? `/${host.split(".")[0]}` : "",
          V2_SUBRESOURCES,
        );
  return { method: "POST", url: path, headers: out.headers };
}

const codeOf = (body: string) => /<Code>([^<]*)<\/Code>/.exec(body)?.[1];

describe("generated server", () => {
  it.each(["v2", "v4"] as const)(
    "answers a %s-signed path-style request with the XML result and headers",
    async (version) => {
      const response = await server.handle(signed({ version }));
      expect(response.status).toBe(200);
      expect(response.headers["content-type"]).toBe("application/xml");
      expect(response.headers["x-amz-request-id"]).toMatch(/^[0-9A-F]{32}$/);
      expect(response.headers["x-amz-id-2"]).toBeTruthy();
      expect(response.headers["date"]).toBe(NOW.toUTCString());
      expect(response.body).toContain('<InitiateMultipartUploadResult xmlns="http://obs.example.com/doc/2015-06-30/">');
      expect(response.body).toContain(
        "<Bucket>bucket01</Bucket><Key>objectkey</Key><UploadId>DCD2FC98B4F70000013DF578ACA318E7</UploadId>",
      );
    },
  );

  it.each(["v2", "v4"] as const)("routes a %s-signed virtual-hosted request", async (version) => {
    const response = await server.handle(
      signed({ version, host: "bucket01.obs.example.com", path: "/dir/objectkey?uploads=" }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toContain("<Bucket>bucket01</Bucket><Key>dir/objectkey</Key>");
  });

  it("ignores unknown query parameters and headers (x-id, x-amz-checksum-algorithm)", async () => {
    const response = await server.handle(
      signed({
        path: "/bucket01/k?uploads&x-id=CreateMultipartUpload",
        headers: { "x-amz-checksum-algorithm": "CRC32", "x-amz-tagging": "a=b" },
      }),
    );
    expect(response.status).toBe(200);
  });

  it("escapes XML and echoes SSE-C response headers", async () => {
    const key = Buffer.alloc(32, 1);
    const md5 = (await import("node:crypto")).createHash("md5").update(key).digest("base64");
    const response = await server.handle(
      signed({
        path: "/bucket01/a%26%3Cb%3E%22'?uploads",
        headers: {
          "x-amz-server-side-encryption-customer-algorithm": "AES256",
          "x-amz-server-side-encryption-customer-key": key.toString("base64"),
          "x-amz-server-side-encryption-customer-key-md5": md5,
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(response.body).toContain("<Key>a&amp;&lt;b&gt;&quot;&apos;</Key>");
    expect(response.headers["x-amz-server-side-encryption-customer-algorithm"]).toBe("AES256");
    expect(response.headers["x-amz-server-side-encryption-customer-key-md5"]).toBe(md5);
  });

  it.each([
    ["no credentials", { unsigned: true }, 403, "AccessDenied"],
    ["an unknown access key", { ak: "NOPE" }, 403, "InvalidAccessKeyId"],
    ["a wrong secret (v4)", { secret: "x" }, 403, "SignatureDoesNotMatch"],
    ["a wrong secret (v2)", { secret: "x", version: "v2" }, 403, "SignatureDoesNotMatch"],
    ["a date 16 minutes old", { date: new Date(NOW.getTime() - 16 * 60_000) }, 403, "RequestTimeTooSkewed"],
    ["a date 14 minutes old", { date: new Date(NOW.getTime() - 14 * 60_000) }, 200, undefined],
    [
      "a malformed Authorization",
      { headers: { authorization: "AWS4-HMAC-SHA256 nonsense" }, unsigned: true },
      403,
      "AccessDenied",
    ],
    ["a temporary key without its token", { ak: "TEMP" }, 403, "InvalidSecurity"],
    ["a bad storage class", { headers: { "x-amz-storage-class": "standard" } }, 400, "InvalidStorageClass"],
    ["a bad bucket name", { path: "/Bad_Bucket/k?uploads" }, 400, "InvalidBucketName"],
    ["a missing bucket", { path: "/nobucket/k?uploads" }, 404, "NoSuchBucket"],
    ["bad percent-encoding", { path: "/bucket01/%E0%A4%A?uploads", unsigned: true }, 400, "InvalidURI"],
    ["no uploads flag (POST on an object)", { path: "/bucket01/k" }, 405, "MethodNotAllowed"],
  ] as const)("answers %s with %i %s", async (_name, options, status, code) => {
    const response = await server.handle(signed(options as Options));
    expect(response.status).toBe(status);
    if (code) {
      expect(codeOf(String(response.body))).toBe(code);
      expect(String(response.body)).toMatch(
        /<Error><Code>[^<]+<\/Code><Message>[^<]+<\/Message><Resource>[^<]*<\/Resource><RequestId>[0-9A-F]{32}<\/RequestId><HostId>[^<]+<\/HostId><\/Error>$/,
      );
    }
  });

  it("answers an unexpected handler throw with 500 InternalError and no detail", async () => {
    const response = await server.handle(signed({ path: "/bucket01/crash?uploads" }));
    expect(response.status).toBe(500);
    expect(codeOf(String(response.body))).toBe("InternalError");
    expect(response.body).not.toContain("secret internal detail");
    expect(response.body).not.toContain("at ");
  });
});

describe("reference server over HTTP", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  beforeAll(async () => {
    ref = await referenceServer({ domains: ["obs.example.com"] });
  });
  afterAll(async () => ref.stop());

  it("answers virtual-hosted requests by Host header, and unknown buckets with NoSuchBucket", async () => {
    const send = (host: string) => {
      const { url, headers } = signed({ host, path: "/objectkey?uploads", date: new Date() });
      return new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = httpRequest(`${ref.url}${url}`, { method: "POST", headers: { ...headers, host } }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on("error", reject);
        req.end();
      });
    };
    const ok = await send("bucket01.obs.example.com");
    expect(ok.status).toBe(200);
    expect(ok.body).toMatch(/<UploadId>[0-9A-F]{32}<\/UploadId>/);
    const missing = await send("bucket02.obs.example.com");
    expect(missing.status).toBe(404);
    expect(codeOf(missing.body)).toBe("NoSuchBucket");
  });
});
