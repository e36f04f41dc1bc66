import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { GetObjectCommand, HeadObjectCommand, PutBucketAclCommand, type S3Client } from "@aws-sdk/client-s3";
import { amzDate, postPolicySignatureV2, postPolicySignatureV4 } from "@obs-toolkit/signing";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AK, SK, closeServer, obsClient, referenceServer, s3Client } from "./helpers.js";

const run = promisify(execFile);
const PYTHON = "/usr/bin/python3";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's boto3 signs a POST policy (V2 or V4) and prints the URL and the form's fields as JSON. */
const PRESIGN = `
import json, sys
import boto3
from botocore.client import Config
endpoint, ak, sk, signature, key, fields, conditions = sys.argv[1:8]
c = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=ak, aws_secret_access_key=sk, region_name="us-east-1",
    config=Config(signature_version=signature, s3={"addressing_style": "path"}))
print(json.dumps(c.generate_presigned_post("bucket01", key, Fields=json.loads(fields), Conditions=json.loads(conditions), ExpiresIn=600)))
`;

async function presignedPost(
  endpoint: string,
  signature: "s3" | "s3v4",
  key: string,
  fields: Record<string, string> = {},
  conditions: unknown[] = [],
): Promise<{ url: string; fields: Record<string, string> }> {
  const missing = "install it with `apt-get update && apt-get install -y python3-boto3` (.ci/run does)";
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: ${missing}`);
  const { stdout } = await run(PYTHON, [
    "-c",
    PRESIGN,
    endpoint,
    AK,
    SK,
    signature,
    key,
    JSON.stringify(fields),
    JSON.stringify(conditions),
  ]);
  return JSON.parse(stdout) as { url: string; fields: Record<string, string> };
}

/** Posts a form as a program does (fetch's FormData), the file last. */
function postForm(url: string, fields: Record<string, string>, file: string, redirect: RequestRedirect = "manual") {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([file], { type: "text/plain" }), "upload.txt");
  return fetch(url, { method: "POST", body: form, redirect });
}
const codeOf = async (response: Response) => /<Code>([^<]+)<\/Code>/.exec(await response.text())?.[1];
const policyOf = (expiration: Date, conditions: unknown[]) =>
  Buffer.from(JSON.stringify({ expiration: expiration.toISOString(), conditions })).toString("base64");

/** POST Object: browser-form uploads, with V2 and V4 policies checked as S3 checks them. */
describe("POST Object against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  beforeAll(async () => {
    ref = await referenceServer({ users: [{ accessKey: "READER", secretKey: "reader-secret" }] });
    s3 = s3Client(ref.url);
  });
  afterAll(async () => {
    s3?.destroy();
    await ref?.stop();
  });

  it("stores a form signed by boto3 (V2 and V4) and answers 204, 201 with a PostResponse, or 303", async () => {
    const v4 = await presignedPost(ref.url, "s3v4", "forms/v4.txt", { "Content-Type": "text/plain" }, [
      { "Content-Type": "text/plain" },
      ["content-length-range", 1, 100],
    ]);
    const stored = await postForm(v4.url, v4.fields, "from a V4 form");
    expect([stored.status, stored.headers.get("location")]).toEqual([204, "/bucket01/forms/v4.txt"]);
    const object = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "forms/v4.txt" }));
    expect([await object.Body?.transformToString(), object.ContentType]).toEqual(["from a V4 form", "text/plain"]);
    expect(object.ETag).toBe(stored.headers.get("etag"));

    const v2 = await presignedPost(
      ref.url,
      "s3",
      "forms/v2.txt",
      { success_action_status: "201", "x-amz-meta-tag": "blue" },
      [{ success_action_status: "201" }, { "x-amz-meta-tag": "blue" }],
    );
    const created = await postForm(v2.url, v2.fields, "from a V2 form");
    expect(created.status).toBe(201);
    expect(await created.text()).toMatch(
      /<PostResponse><Location>\/bucket01\/forms\/v2\.txt<\/Location><Bucket>bucket01<\/Bucket><Key>forms\/v2\.txt<\/Key><ETag>&quot;[0-9a-f]{32}&quot;<\/ETag><\/PostResponse>/,
    );
    expect((await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "forms/v2.txt" }))).Metadata).toEqual({
      tag: "blue",
    });

    const redirect = await presignedPost(
      ref.url,
      "s3v4",
      "forms/next.txt",
      { success_action_redirect: "http://app.example/done?from=form" },
      [{ success_action_redirect: "http://app.example/done?from=form" }],
    );
    const moved = await postForm(redirect.url, redirect.fields, "x");
    expect(moved.status).toBe(303);
    const location = new URL(moved.headers.get("location") ?? "");
    expect([location.origin + location.pathname, ...location.searchParams.entries()]).toEqual([
      "http://app.example/done",
      ["from", "form"],
      ["bucket", "bucket01"],
      ["key", "forms/next.txt"],
      ["etag", moved.headers.get("etag")],
    ]);
  });

  it("refuses a form whose policy does not hold: a changed field, an extra one, expiry, size, signature", async () => {
    const signed = await presignedPost(ref.url, "s3v4", "forms/guarded.txt", {}, [["content-length-range", 2, 8]]);
    const refusal = async (fields: Record<string, string>, file = "four") => {
      const response = await postForm(signed.url, fields, file);
      return [response.status, await codeOf(response)];
    };
    expect(await refusal({ ...signed.fields, key: "forms/other.txt" })).toEqual([403, "AccessDenied"]);
    expect(await refusal({ ...signed.fields, acl: "public-read" })).toEqual([403, "AccessDenied"]);
    expect(await refusal({ ...signed.fields, "x-ignore-note": "not checked" })).toEqual([204, undefined]);
    expect(await refusal(signed.fields, "more than eight bytes")).toEqual([400, "EntityTooLarge"]);
    expect(await refusal(signed.fields, "1")).toEqual([400, "EntityTooSmall"]);
    expect(await refusal({ ...signed.fields, "x-amz-signature": "0".repeat(64) })).toEqual([
      403,
      "SignatureDoesNotMatch",
    ]);
    const { "x-amz-date": _date, ...undated } = signed.fields;
    expect(await refusal(undated)).toEqual([400, "InvalidArgument"]);

    const expired = policyOf(new Date(Date.now() - 1000), [{ bucket: "bucket01" }, { key: "forms/late.txt" }]);
    const late = await postForm(
      `${ref.url}/bucket01`,
      { key: "forms/late.txt", AWSAccessKeyId: AK, policy: expired, signature: postPolicySignatureV2(SK, expired) },
      "late",
    );
    expect([late.status, await late.text()]).toEqual([403, expect.stringContaining("Policy expired")]);
    const broken = "bm90IGpzb24=";
    const garbled = await postForm(
      `${ref.url}/bucket01`,
      { key: "k", AWSAccessKeyId: AK, policy: broken, signature: postPolicySignatureV2(SK, broken) },
      "x",
    );
    expect([garbled.status, await codeOf(garbled)]).toEqual([400, "InvalidPolicyDocument"]);
    // The expiration is ISO 8601 UTC, and a condition object names one field.
    const signedPolicy = (policy: string) =>
      postForm(
        `${ref.url}/bucket01`,
        { key: "k", AWSAccessKeyId: AK, policy, signature: postPolicySignatureV2(SK, policy) },
        "x",
      );
    const spaced = Buffer.from(
      JSON.stringify({ expiration: "2099-01-01 00:00:00+00:00", conditions: [{ key: "k" }] }),
    ).toString("base64");
    const empty = policyOf(new Date(Date.now() + 60_000), [{}, { key: "k" }]);
    for (const policy of [spaced, empty]) {
      const answer = await signedPolicy(policy);
      expect([answer.status, await codeOf(answer)]).toEqual([400, "InvalidPolicyDocument"]);
    }
  });

  it("reads a field sent as a file part (with a filename) as a field; only the file field is the file", async () => {
    const boundary = "PartsWithFilenames";
    const part = (name: string, value: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}"\r\n\r\n${value}\r\n`;
    await s3.send(new PutBucketAclCommand({ Bucket: "bucket01", ACL: "public-read-write" }));
    const answer = await fetch(`${ref.url}/bucket01`, {
      method: "POST",
      headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
      body: `${part("key", "forms/parts.txt")}${part("acl", "bucket-owner-full-control")}${part("Content-Type", "text/plain")}${part("x-amz-meta-price", "5 €")}${part("file", "the file")}--${boundary}--\r\n`,
    });
    await s3.send(new PutBucketAclCommand({ Bucket: "bucket01", ACL: "private" }));
    expect(answer.status).toBe(204);
    const object = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "forms/parts.txt" }));
    expect([await object.Body?.transformToString(), object.ContentType]).toEqual(["the file", "text/plain"]);
    // A form's field is text: a non-ASCII one is answered as its UTF-8 bytes (the SDK reads each as Latin-1).
    expect(object.Metadata).toEqual({ price: Buffer.from("5 €", "utf8").toString("latin1") });
  });

  it("judges the form's signer and anonymous forms by the bucket's ACL, through the generated client", async () => {
    const obs = obsClient(ref.url);
    const v4Form = (accessKey: string, secret: string, key: string) => {
      const now = new Date();
      const scope = { date: amzDate(now).slice(0, 8), region: "us-east-1", service: "s3" };
      const credential = `${accessKey}/${scope.date}/us-east-1/s3/aws4_request`;
      const policy = policyOf(new Date(now.getTime() + 60_000), [
        { bucket: "bucket01" },
        { key },
        { "x-amz-algorithm": "AWS4-HMAC-SHA256" },
        { "x-amz-credential": credential },
        { "x-amz-date": amzDate(now) },
        ["eq", "$success_action_status", "201"],
      ]);
      return {
        bucket: "bucket01",
        key,
        policy,
        algorithm: "AWS4-HMAC-SHA256" as const,
        credential,
        amzDate: amzDate(now),
        amzSignature: postPolicySignatureV4(secret, scope, policy),
        successActionStatus: "201",
        file: `bytes of ${key}`,
      };
    };
    const owned = await obs.postObject(v4Form(AK, SK, "forms/client.txt"));
    expect([owned.status, owned.postResponse?.key, owned.postResponse?.eTag]).toEqual([
      201,
      "forms/client.txt",
      owned.eTag,
    ]);
    // Another user signs a valid form, but may not write to the bucket; nor may an anonymous form.
    await expect(obs.postObject(v4Form("READER", "reader-secret", "forms/reader.txt"))).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await expect(obs.postObject({ bucket: "bucket01", key: "forms/anon.txt", file: "anon" })).rejects.toMatchObject({
      code: "AccessDenied",
    });
    await s3.send(new PutBucketAclCommand({ Bucket: "bucket01", ACL: "public-read-write" }));
    const anonymous = await obs.postObject({ bucket: "bucket01", key: "forms/anon.txt", file: "anon" });
    expect(anonymous.status).toBe(204);
    await s3.send(new PutBucketAclCommand({ Bucket: "bucket01", ACL: "private" }));
  });

  it("takes a real HTML form submitted from a page on another origin in headless Chromium", async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`Chromium is not at ${CHROMIUM}: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH`);
    const page: Server = createServer((request, response) => {
      response
        .writeHead(200, { "content-type": "text/html; charset=utf-8" })
        .end(`<!doctype html><title>${request.url}</title>`);
    });
    await new Promise<void>((resolve) => page.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
    try {
      const signed = await presignedPost(
        ref.url,
        "s3v4",
        "forms/browser.txt",
        { acl: "public-read", success_action_redirect: `${origin}/done` },
        [{ acl: "public-read" }, { success_action_redirect: `${origin}/done` }],
      );
      const tab = await browser.newPage();
      await tab.goto(`${origin}/upload`);
      const inputs = Object.entries(signed.fields)
        .map(([name, value]) => `<input type="hidden" name="${name}" value="${value.replace(/"/g, "&quot;")}">`)
        .join("");
      await tab.setContent(
        `<form method="post" action="${signed.url}" enctype="multipart/form-data">${inputs}<input type="file" name="file"><button>Upload</button></form>`,
      );
      await tab.setInputFiles("input[type=file]", {
        name: "note.txt",
        mimeType: "text/plain",
        buffer: Buffer.from("typed in a browser"),
      });
      await Promise.all([tab.waitForURL(`${origin}/done?**`), tab.click("button")]);
      const landed = new URL(tab.url());
      expect([landed.searchParams.get("bucket"), landed.searchParams.get("key")]).toEqual([
        "bucket01",
        "forms/browser.txt",
      ]);
      // public-read: anyone reads it back.
      const read = await fetch(`${ref.url}/bucket01/forms/browser.txt`);
      expect([read.status, await read.text(), read.headers.get("etag")]).toEqual([
        200,
        "typed in a browser",
        landed.searchParams.get("etag"),
      ]);
    } finally {
      await browser.close();
      await closeServer(page);
    }
  });
});
