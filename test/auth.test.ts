import type { AddressInfo } from "node:net";
import { CreateMultipartUploadCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createObsHttpServer, createObsServer, type ObsHttpRequest } from "@obs-toolkit/server";
import {
  parseAmzDate,
  parseAuthorizationV4,
  presignV2,
  presignV4,
  signV2,
  signV4,
  uriEncode,
  V2_SUBRESOURCES,
  type SignableRequest,
} from "@obs-toolkit/signing";
import { AK, SK, closeServer, s3Client } from "./helpers.js";

const NOW = new Date("2026-05-06T07:08:09Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const TEMP = { accessKeyId: "TEMPKEY", secretAccessKey: "tempsecret", securityToken: "token-123" };

const credentials = (ak: string) =>
  ak === AK
    ? { secretAccessKey: SK }
    : ak === TEMP.accessKeyId
      ? { secretAccessKey: TEMP.secretAccessKey, securityToken: TEMP.securityToken }
      : undefined;
const server = createObsServer({
  handlers: {
    initiateMultipartUpload: async (input) => ({ bucket: input.bucket, key: input.key, uploadId: "0001" }),
    listMultipartUploads: (input) => ({
      bucket: input.bucket,
      maxUploads: 1000,
      isTruncated: false,
      uploads: [],
      commonPrefixes: [],
    }),
  },
  credentials,
  now: () => NOW,
});

const base = (): SignableRequest => ({
  method: "POST",
  path: "/bucket01/objectkey",
  query: [["uploads", ""]],
  headers: { host: "127.0.0.1:9000", "x-amz-storage-class": "STANDARD" },
});

/** The wire form of a signable request: the URL re-encodes the decoded query. */
const toHttp = (request: SignableRequest): ObsHttpRequest => ({
  method: request.method,
  url:
    request.path +
    (request.query.length
      ? "?" +
        request.query.map(([n, v]) => (v === "" && n === "uploads" ? n : `${uriEncode(n)}=${uriEncode(v)}`)).join("&")
      : ""),
  headers: request.headers,
});

const v4 = (
  request: SignableRequest,
  when = NOW,
  creds: { accessKeyId: string; secretAccessKey: string; securityToken?: string } = {
    accessKeyId: AK,
    secretAccessKey: SK,
  },
) => signV4(request, creds, "region-1", "s3", when);
const v2 = (
  request: SignableRequest,
  when = NOW,
  creds: { accessKeyId: string; secretAccessKey: string; securityToken?: string } = {
    accessKeyId: AK,
    secretAccessKey: SK,
  },
) => signV2({ ...request, headers: { ...request.headers, date: when.toUTCString() } }, creds, "", V2_SUBRESOURCES);

async function answer(
  request: SignableRequest | ObsHttpRequest,
): Promise<{ status: number; code: string | undefined }> {
  const http = "url" in request ? request : toHttp(request);
  const response = await server.handle(http);
  return { status: response.status, code: /<Code>([^<]*)<\/Code>/.exec(String(response.body))?.[1] };
}

const tamperHeader = (r: SignableRequest, name: string, value: string): SignableRequest => ({
  ...r,
  headers: { ...r.headers, [name]: value },
});

/** Each way to get authentication wrong, for both signature versions, with the 403 code S3 answers. */
const NEGATIVES: Array<{ what: string; make: (sign: typeof v4) => SignableRequest | ObsHttpRequest; code: string }> = [
  {
    what: "a wrong secret",
    make: (sign) => sign(base(), NOW, { accessKeyId: AK, secretAccessKey: "wrong" }),
    code: "SignatureDoesNotMatch",
  },
  {
    what: "a tampered signed header",
    make: (sign) => tamperHeader(sign(base()), "x-amz-storage-class", "GLACIER"),
    code: "SignatureDoesNotMatch",
  },
  {
    what: "a tampered query",
    make: (sign) => ({
      ...sign(base()),
      query: [
        ["uploads", ""],
        ["versionId", "x"],
      ],
    }),
    code: "SignatureDoesNotMatch",
  },
  {
    what: "a tampered path",
    make: (sign) => ({ ...sign(base()), path: "/bucket01/otherkey" }),
    code: "SignatureDoesNotMatch",
  },
  {
    what: "an unknown access key",
    make: (sign) => sign(base(), NOW, { accessKeyId: "NOBODY", secretAccessKey: SK }),
    code: "InvalidAccessKeyId",
  },
  { what: "a date 16 minutes behind", make: (sign) => sign(base(), minutes(-16)), code: "RequestTimeTooSkewed" },
  { what: "a date 16 minutes ahead", make: (sign) => sign(base(), minutes(16)), code: "RequestTimeTooSkewed" },
  {
    what: "a request replayed an hour later",
    make: (sign) => sign(base(), minutes(-60)),
    code: "RequestTimeTooSkewed",
  },
  {
    what: "no date at all",
    make: (sign) => {
      const signed = sign(base());
      const { date: _date, "x-amz-date": _amz, ...headers } = signed.headers;
      return { ...signed, headers };
    },
    code: "AccessDenied",
  },
  {
    what: "an unparsable date",
    make: (sign) => tamperHeader(sign(base()), sign === v4 ? "x-amz-date" : "date", "yesterday"),
    code: "AccessDenied",
  },
  {
    what: "a malformed Authorization header",
    make: (sign) =>
      tamperHeader(sign(base()), "authorization", sign === v4 ? "AWS4-HMAC-SHA256 Credential=x" : "AWS nocolon"),
    code: "AccessDenied",
  },
  {
    what: "a temporary key without its security token",
    make: (sign) => sign(base(), NOW, { accessKeyId: TEMP.accessKeyId, secretAccessKey: TEMP.secretAccessKey }),
    code: "InvalidSecurity",
  },
  {
    what: "a temporary key with a wrong security token",
    make: (sign) => sign(base(), NOW, { ...TEMP, securityToken: "token-999" }),
    code: "InvalidSecurity",
  },
];

describe.each([
  ["V4", v4],
  ["V2", v2],
] as const)("%s authentication", (_name, sign) => {
  it("accepts a correct signature, and a temporary key with its token", async () => {
    expect(await answer(sign(base()))).toEqual({ status: 200, code: undefined });
    expect(await answer(sign(base(), minutes(14)))).toEqual({ status: 200, code: undefined });
    expect(await answer(sign(base(), NOW, TEMP))).toEqual({ status: 200, code: undefined });
  });

  it.each(NEGATIVES)("rejects $what with $code", async ({ make, code }) => {
    expect(await answer(make(sign))).toEqual({ status: 403, code });
  });
});

describe("V2 and a bucket's trailing slash", () => {
  it("takes a signature of /bucket/ for a request to /bucket and the reverse (botocore signs one, sends the other), never for a key", async () => {
    const bucketLevel = (path: string): SignableRequest => ({
      method: "GET",
      path,
      query: [["uploads", ""]],
      headers: { host: "127.0.0.1:9000" },
    });
    expect(await answer({ ...v2(bucketLevel("/bucket01/")), path: "/bucket01" })).toEqual({
      status: 200,
      code: undefined,
    });
    expect(await answer({ ...v2(bucketLevel("/bucket01")), path: "/bucket01/" })).toEqual({
      status: 200,
      code: undefined,
    });
    expect(await answer({ ...v2(base()), path: "/bucket01/objectkey/" })).toEqual({
      status: 403,
      code: "SignatureDoesNotMatch",
    });
  });
});

describe("V4 payload hash", () => {
  it("answers BadDigest when x-amz-content-sha256 is not the body's hash", async () => {
    const signed = signV4(base(), { accessKeyId: AK, secretAccessKey: SK }, "region-1", "s3", NOW, "a".repeat(64));
    expect(await answer(signed)).toEqual({ status: 400, code: "BadDigest" });
  });
});

describe("request forms", () => {
  it("takes headers as Node's raw list [name, value, …] in any case, like a record", async () => {
    const signed = v4(base());
    const raw = Object.entries(signed.headers).flatMap(([name, value]) => [name.toUpperCase(), value]);
    expect(await answer({ ...toHttp(signed), headers: raw })).toEqual({ status: 200, code: undefined });
    // A second Authorization in the list is joined on, not dropped: the header is then malformed.
    const doubled = [...raw, "Authorization", signed.headers["authorization"] ?? ""];
    expect(await answer({ ...toHttp(signed), headers: doubled })).toEqual({ status: 403, code: "AccessDenied" });
  });

  it("treats headers named like Object's members as headers: signing one that was not sent is refused, not a 500", async () => {
    const signed = v4(base());
    const authorization = (signed.headers["authorization"] ?? "").replace(
      "SignedHeaders=",
      "SignedHeaders=constructor;",
    );
    expect(await answer(tamperHeader(signed, "authorization", authorization))).toEqual({
      status: 403,
      code: "SignatureDoesNotMatch",
    });
    const withOwn = v4({ ...base(), headers: { ...base().headers, constructor: "x", __proto__: "y" } });
    expect(await answer(withOwn)).toEqual({ status: 200, code: undefined });
  });
});

describe("parsing the V4 Authorization header", () => {
  const signature = "f".repeat(64);
  const usual = `AWS4-HMAC-SHA256 Credential=AK/20260506/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${signature}`;
  const parsed = {
    accessKeyId: "AK",
    scope: { date: "20260506", region: "us-east-1", service: "s3" },
    signedHeaders: ["host", "x-amz-date"],
    signature,
  };

  it("reads the form SDKs send, and the same fields in any order and spacing, alike", () => {
    expect(parseAuthorizationV4(usual)).toEqual(parsed);
    const reordered = ` AWS4-HMAC-SHA256 Signature=${signature} ,SignedHeaders=host;x-amz-date,  Credential=AK/20260506/us-east-1/s3/aws4_request `;
    expect(parseAuthorizationV4(reordered)).toEqual(parsed);
    // A key with characters the short way does not take goes the long way.
    expect(parseAuthorizationV4(usual.replace("=AK/", "=A=K/"))?.accessKeyId).toBe("A=K");
  });

  it("refuses a repeated field, an unknown one, a short scope or a signature that is not hex", () => {
    for (const header of [
      `${usual}, Signature=${signature}`,
      `${usual}, Extra=1`,
      usual.replace("/s3/aws4_request", "/aws4_request"),
      usual.replace(signature, "F".repeat(64)),
      usual.replace("20260506", "2026050"),
    ])
      expect(parseAuthorizationV4(header), header).toBeUndefined();
  });

  it("reads an x-amz-date again the same after a malformed one", () => {
    expect(parseAmzDate("20260506T070809Z")?.toISOString()).toBe("2026-05-06T07:08:09.000Z");
    expect(parseAmzDate("20260431T070809Z")).toBeUndefined();
    expect(parseAmzDate("20260506T070809Z")?.toISOString()).toBe("2026-05-06T07:08:09.000Z");
    expect(parseAmzDate("20260506T070809Z")?.toISOString()).toBe("2026-05-06T07:08:09.000Z");
  });
});

describe("presigned URLs", () => {
  const presigned4 = (
    expiresIn: number,
    when = NOW,
    creds: { accessKeyId: string; secretAccessKey: string; securityToken?: string } = {
      accessKeyId: AK,
      secretAccessKey: SK,
    },
  ) => presignV4({ ...base(), headers: { host: "127.0.0.1:9000" } }, creds, "region-1", "s3", when, expiresIn);
  const presigned2 = (
    expiresAt: Date,
    creds: { accessKeyId: string; secretAccessKey: string; securityToken?: string } = {
      accessKeyId: AK,
      secretAccessKey: SK,
    },
  ) => presignV2({ ...base(), headers: { host: "127.0.0.1:9000" } }, creds, "", expiresAt, V2_SUBRESOURCES);

  it("V4: accepted until X-Amz-Date + X-Amz-Expires, rejected after", async () => {
    expect(await answer(presigned4(600))).toEqual({ status: 200, code: undefined });
    expect(await answer(presigned4(600, minutes(-9)))).toEqual({ status: 200, code: undefined });
    expect(await answer(presigned4(600, minutes(-11)))).toEqual({ status: 403, code: "AccessDenied" });
    expect(await answer(presigned4(600, minutes(30)))).toEqual({ status: 403, code: "AccessDenied" });
  });

  it("V2: accepted until Expires, rejected after", async () => {
    expect(await answer(presigned2(minutes(1)))).toEqual({ status: 200, code: undefined });
    expect(await answer(presigned2(minutes(-1)))).toEqual({ status: 403, code: "AccessDenied" });
  });

  it("rejects tampered, malformed and doubly-authenticated presigned requests", async () => {
    const good = presigned4(600);
    const tampered = {
      ...good,
      query: good.query.map(([n, v]) => (n === "X-Amz-Expires" ? ([n, "6000"] as const) : ([n, v] as const))),
    };
    expect(await answer(tampered)).toEqual({ status: 403, code: "SignatureDoesNotMatch" });
    expect(await answer({ ...good, path: "/bucket01/other" })).toEqual({ status: 403, code: "SignatureDoesNotMatch" });
    const malformed = { ...good, query: good.query.filter(([n]) => n !== "X-Amz-Credential") };
    expect(await answer(malformed)).toEqual({ status: 403, code: "AccessDenied" });
    const v2Good = presigned2(minutes(1));
    expect(
      await answer({
        ...v2Good,
        query: v2Good.query.map(([n, v]) =>
          n === "Expires" ? ([n, String(Number(v) + 60)] as const) : ([n, v] as const),
        ),
      }),
    ).toEqual({
      status: 403,
      code: "SignatureDoesNotMatch",
    });
    expect(await answer({ ...good, headers: { ...good.headers, authorization: "AWS a:b" } })).toEqual({
      status: 400,
      code: "InvalidArgument",
    });
  });

  it("enforces the security token of a temporary key in presigned URLs too", async () => {
    expect(await answer(presigned4(600, NOW, TEMP))).toEqual({ status: 200, code: undefined });
    expect(await answer(presigned2(minutes(1), TEMP))).toEqual({ status: 200, code: undefined });
    expect(
      await answer(presigned4(600, NOW, { accessKeyId: TEMP.accessKeyId, secretAccessKey: TEMP.secretAccessKey })),
    ).toEqual({ status: 403, code: "InvalidSecurity" });
    expect(await answer(presigned2(minutes(1), { ...TEMP, securityToken: "token-999" }))).toEqual({
      status: 403,
      code: "InvalidSecurity",
    });
  });
});

describe("a URL presigned by @aws-sdk/s3-request-presigner", () => {
  let http: ReturnType<typeof createObsHttpServer>;
  let endpoint: string;
  beforeAll(async () => {
    http = createObsHttpServer(
      createObsServer({
        handlers: {
          initiateMultipartUpload: async (input) => ({ bucket: input.bucket, key: input.key, uploadId: "0002" }),
        },
        credentials,
      }),
    );
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    endpoint = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => closeServer(http));

  it("is accepted over HTTP, and rejected once expired", async () => {
    const s3 = s3Client(endpoint);
    const url = await getSignedUrl(s3, new CreateMultipartUploadCommand({ Bucket: "bucket01", Key: "dir/a b&c.txt" }), {
      expiresIn: 60,
    });
    expect(url).toContain("X-Amz-Signature=");
    const ok = await fetch(url, { method: "POST" });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain("<Key>dir/a b&amp;c.txt</Key>");

    const expired = await getSignedUrl(s3, new CreateMultipartUploadCommand({ Bucket: "bucket01", Key: "k" }), {
      expiresIn: 1,
      signingDate: new Date(Date.now() - 5_000),
    });
    const refused = await fetch(expired, { method: "POST" });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("<Code>AccessDenied</Code><Message>Request has expired.</Message>");
  });
});
