import {
  CreateBucketCommand,
  DeleteBucketPolicyCommand,
  GetBucketPolicyCommand,
  PutBucketPolicyCommand,
  GetBucketAclCommand,
  GetBucketVersioningCommand,
  GetObjectAclCommand,
  GetObjectCommand,
  ListBucketsCommand,
  ListObjectsV2Command,
  PutBucketAclCommand,
  PutObjectAclCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AK, SK, obsClient, referenceServer, s3Client } from "./helpers.js";

const OTHER = { accessKey: "OTHERUSERACCESSKEY01", secretKey: "other-user-secret-key" };

/** ACLs with two users and anonymous requests: refused until a grant lets them through. */
describe("access control (ACLs) against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let owner: S3Client;
  let other: S3Client;
  let obs: ObsClient;
  const client = (accessKeyId: string, secretAccessKey: string) => s3Client(ref.url, accessKeyId, secretAccessKey);
  beforeAll(async () => {
    ref = await referenceServer({ users: [OTHER] });
    owner = client(AK, SK);
    other = client(OTHER.accessKey, OTHER.secretKey);
    obs = obsClient(ref.url);
  });
  afterAll(async () => {
    owner.destroy();
    other.destroy();
    await ref.stop();
  });
  const Bucket = "shared";
  const denied = (promise: Promise<unknown>) =>
    promise.then(
      () => "allowed",
      (error: { name: string }) => error.name,
    );
  const anonymous = (path: string, init: RequestInit = {}) => fetch(`${ref.url}${path}`, init);

  it("refuses another user and anonymous requests on a private bucket and object; each user lists its own buckets", async () => {
    await owner.send(new CreateBucketCommand({ Bucket }));
    await owner.send(new PutObjectCommand({ Bucket, Key: "doc", Body: "secret" }));
    await other.send(new CreateBucketCommand({ Bucket: "others-own" }));
    expect(await denied(other.send(new ListObjectsV2Command({ Bucket })))).toBe("AccessDenied");
    expect(await denied(other.send(new GetObjectCommand({ Bucket, Key: "doc" })))).toBe("AccessDenied");
    expect(await denied(other.send(new PutObjectCommand({ Bucket, Key: "x", Body: "x" })))).toBe("AccessDenied");
    expect(await denied(other.send(new GetBucketAclCommand({ Bucket })))).toBe("AccessDenied");
    expect(await denied(other.send(new GetBucketVersioningCommand({ Bucket })))).toBe("AccessDenied");
    const unsigned = await anonymous(`/${Bucket}/doc`);
    expect([unsigned.status, await unsigned.text()]).toEqual([
      403,
      expect.stringContaining("<Code>AccessDenied</Code>"),
    ]);
    expect((await anonymous("/")).status).toBe(403);
    // Access is decided before the request is validated: a bad header is not the anonymous caller's answer.
    const bad = await anonymous(`/${Bucket}/x`, {
      method: "PUT",
      body: "x",
      headers: { "x-amz-storage-class": "BOGUS" },
    });
    expect([bad.status, await bad.text()]).toEqual([403, expect.stringContaining("<Code>AccessDenied</Code>")]);
    expect(
      await denied(owner.send(new PutObjectCommand({ Bucket, Key: "x", Body: "x", StorageClass: "BOGUS" as never }))),
    ).toBe("InvalidStorageClass");
    expect((await owner.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual(["bucket01", Bucket]);
    expect((await other.send(new ListBucketsCommand({}))).Buckets?.map((b) => b.Name)).toEqual(["others-own"]);
  });

  it("lets a user through once a bucket grant (a document) and an object grant (a header) allow it", async () => {
    await owner.send(
      new PutBucketAclCommand({
        Bucket,
        AccessControlPolicy: {
          Owner: { ID: AK },
          Grants: [
            { Grantee: { Type: "CanonicalUser", ID: AK }, Permission: "FULL_CONTROL" },
            { Grantee: { Type: "CanonicalUser", ID: OTHER.accessKey }, Permission: "READ" },
          ],
        },
      }),
    );
    expect((await other.send(new ListObjectsV2Command({ Bucket }))).Contents?.map((c) => c.Key)).toEqual(["doc"]);
    // READ on the bucket lists it; the object's own ACL still keeps its bytes, and WRITE is not granted.
    expect(await denied(other.send(new GetObjectCommand({ Bucket, Key: "doc" })))).toBe("AccessDenied");
    expect(await denied(other.send(new PutObjectCommand({ Bucket, Key: "x", Body: "x" })))).toBe("AccessDenied");
    await owner.send(new PutObjectAclCommand({ Bucket, Key: "doc", GrantRead: `id="${OTHER.accessKey}"` }));
    const read = await other.send(new GetObjectCommand({ Bucket, Key: "doc" }));
    expect(await read.Body?.transformToString()).toBe("secret");
    const acl = await owner.send(new GetObjectAclCommand({ Bucket, Key: "doc" }));
    expect(acl.Owner?.ID).toBe(AK);
    expect(acl.Grants).toEqual([
      { Grantee: { Type: "CanonicalUser", ID: OTHER.accessKey, DisplayName: OTHER.accessKey }, Permission: "READ" },
    ]);
    // The generated client reads the same document, xsi:type and all.
    const bucketAcl = await obs.getBucketAcl({ bucket: Bucket });
    expect(bucketAcl.grants.map((g) => [g.grantee.type, g.grantee.id, g.permission])).toEqual([
      ["CanonicalUser", AK, "FULL_CONTROL"],
      ["CanonicalUser", OTHER.accessKey, "READ"],
    ]);
  });

  it("opens a public-read object and a public-read-write bucket to anonymous requests", async () => {
    await owner.send(new PutObjectCommand({ Bucket, Key: "public", Body: "for all", ACL: "public-read" }));
    const got = await anonymous(`/${Bucket}/public`);
    expect([got.status, await got.text()]).toEqual([200, "for all"]);
    expect((await anonymous(`/${Bucket}/public`, { method: "PUT", body: "over" })).status).toBe(403);
    await obs.putBucketAcl({ bucket: Bucket, acl: "public-read-write" });
    expect((await anonymous(`/${Bucket}/dropped`, { method: "PUT", body: "anonymous" })).status).toBe(200);
    const grants = (await owner.send(new GetBucketAclCommand({ Bucket }))).Grants;
    expect(grants?.map((g) => [g.Grantee?.Type, g.Grantee?.URI ?? g.Grantee?.ID, g.Permission])).toEqual([
      ["CanonicalUser", AK, "FULL_CONTROL"],
      ["Group", "http://acs.amazonaws.com/groups/global/AllUsers", "READ"],
      ["Group", "http://acs.amazonaws.com/groups/global/AllUsers", "WRITE"],
    ]);
    await obs.putBucketAcl({ bucket: Bucket, acl: "private" });
    expect((await anonymous(`/${Bucket}/dropped2`, { method: "PUT", body: "anonymous" })).status).toBe(403);
  });

  it("answers the pages' errors for an ACL request given wrong", async () => {
    const code = (promise: Promise<unknown>) =>
      promise.then(
        () => "ok",
        (error: { code: string }) => error.code,
      );
    expect(await code(obs.putBucketAcl({ bucket: Bucket, acl: "private", grantRead: `id="${AK}"` }))).toBe(
      "InvalidRequest",
    );
    expect(await code(obs.putBucketAcl({ bucket: Bucket }))).toBe("MissingSecurityHeader");
    const document = (id: string, grantee: { type: "CanonicalUser" | "Group"; id?: string; uri?: string }) => ({
      bucket: Bucket,
      owner: { id },
      grants: [{ grantee, permission: "READ" as const }],
    });
    expect(await code(obs.putBucketAcl(document(AK, { type: "CanonicalUser", id: "NOBODY" })))).toBe("InvalidArgument");
    expect(await code(obs.putBucketAcl(document(AK, { type: "Group", uri: "http://example.com/mine" })))).toBe(
      "InvalidArgument",
    );
    expect(await code(obs.putBucketAcl(document(OTHER.accessKey, { type: "CanonicalUser", id: AK })))).toBe(
      "AccessDenied",
    );
    expect(await code(obs.putBucketAcl({ ...document(AK, { type: "CanonicalUser", id: AK }), acl: "private" }))).toBe(
      "UnexpectedContent",
    );
    // Another user without WRITE_ACP may not change the ACL.
    expect(await denied(other.send(new PutBucketAclCommand({ Bucket, ACL: "public-read" })))).toBe("AccessDenied");
  });
});

describe("bucket policies against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let owner: S3Client;
  let other: S3Client;
  let obs: ObsClient;
  beforeAll(async () => {
    ref = await referenceServer({ users: [OTHER] });
    const client = (accessKeyId: string, secretAccessKey: string) => s3Client(ref.url, accessKeyId, secretAccessKey);
    owner = client(AK, SK);
    other = client(OTHER.accessKey, OTHER.secretKey);
    obs = obsClient(ref.url);
    await owner.send(new CreateBucketCommand({ Bucket: "ruled" }));
    await owner.send(new PutObjectCommand({ Bucket: "ruled", Key: "a/doc", Body: "under a" }));
    await owner.send(new PutObjectCommand({ Bucket: "ruled", Key: "b/doc", Body: "under b" }));
  });
  afterAll(async () => {
    owner.destroy();
    other.destroy();
    await ref.stop();
  });
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      () => "allowed",
      (error: { name: string }) => error.name,
    );
  const statement = (
    Effect: "Allow" | "Deny",
    Principal: unknown,
    Action: string | string[],
    Resource: string | string[],
    Condition?: object,
  ) => ({
    Effect,
    Principal,
    Action,
    Resource,
    ...(Condition ? { Condition } : {}),
  });
  const setPolicy = (...Statement: object[]) =>
    owner.send(
      new PutBucketPolicyCommand({ Bucket: "ruled", Policy: JSON.stringify({ Version: "2008-10-17", Statement }) }),
    );

  it("lets a user through by an Allow the ACLs do not give, and an explicit Deny wins over an Allow and the owner's ACL", async () => {
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "a/doc" })))).toBe("AccessDenied");
    await setPolicy(
      statement("Allow", { AWS: [`arn:aws:iam::${OTHER.accessKey}:root`] }, "s3:GetObject", "arn:aws:s3:::ruled/a/*"),
    );
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "a/doc" })))).toBe("allowed");
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "b/doc" })))).toBe("AccessDenied");
    expect(await outcome(other.send(new ListObjectsV2Command({ Bucket: "ruled" })))).toBe("AccessDenied");
    await setPolicy(
      statement(
        "Allow",
        { AWS: OTHER.accessKey },
        ["s3:Get*", "s3:ListBucket"],
        ["arn:aws:s3:::ruled", "arn:aws:s3:::ruled/*"],
      ),
      statement("Deny", { AWS: "*" }, "s3:GetObject", "arn:aws:s3:::ruled/b/*"),
    );
    expect(await outcome(other.send(new ListObjectsV2Command({ Bucket: "ruled" })))).toBe("allowed");
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "a/doc" })))).toBe("allowed");
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "b/doc" })))).toBe("AccessDenied");
    // The Deny names everyone: the owner too, whose ACL would let it read.
    expect(await outcome(owner.send(new GetObjectCommand({ Bucket: "ruled", Key: "b/doc" })))).toBe("AccessDenied");
    // A Deny of everything still leaves the owner its policy's operations.
    await setPolicy(statement("Deny", "*", "s3:*", ["arn:aws:s3:::ruled", "arn:aws:s3:::ruled/*"]));
    expect(await outcome(owner.send(new ListObjectsV2Command({ Bucket: "ruled" })))).toBe("AccessDenied");
    expect(await outcome(owner.send(new GetBucketPolicyCommand({ Bucket: "ruled" })))).toBe("allowed");
    await setPolicy(
      statement(
        "Allow",
        { AWS: OTHER.accessKey },
        ["s3:Get*", "s3:ListBucket"],
        ["arn:aws:s3:::ruled", "arn:aws:s3:::ruled/*"],
      ),
      statement("Deny", { AWS: "*" }, "s3:GetObject", "arn:aws:s3:::ruled/b/*"),
    );
    const stored = JSON.parse((await owner.send(new GetBucketPolicyCommand({ Bucket: "ruled" }))).Policy ?? "{}");
    expect(stored.Statement).toHaveLength(2);
  });

  it("evaluates conditions: anonymous reads from an address range, listing under a prefix", async () => {
    await obs.putBucketPolicy({
      bucket: "ruled",
      policy: {
        Statement: [
          {
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::ruled/*",
            Condition: { IpAddress: { "aws:SourceIp": "127.0.0.0/8" } },
          },
          {
            Effect: "Allow",
            Principal: { AWS: OTHER.accessKey },
            Action: "s3:ListBucket",
            Resource: "arn:aws:s3:::ruled",
            Condition: { StringLike: { "s3:prefix": "a/*" } },
          },
        ],
      },
    });
    const anonymous = await fetch(`${ref.url}/ruled/b/doc`);
    expect([anonymous.status, await anonymous.text()]).toEqual([200, "under b"]);
    expect(await outcome(other.send(new ListObjectsV2Command({ Bucket: "ruled", Prefix: "a/" })))).toBe("allowed");
    expect(await outcome(other.send(new ListObjectsV2Command({ Bucket: "ruled", Prefix: "b/" })))).toBe("AccessDenied");
    await obs.putBucketPolicy({
      bucket: "ruled",
      policy: {
        Statement: [
          {
            Effect: "Allow",
            Principal: "*",
            Action: "s3:GetObject",
            Resource: "arn:aws:s3:::ruled/*",
            Condition: { NotIpAddress: { "aws:SourceIp": ["127.0.0.0/8", "::1"] } },
          },
        ],
      },
    });
    expect((await fetch(`${ref.url}/ruled/b/doc`)).status).toBe(403);
    expect((await obs.getBucketPolicy({ bucket: "ruled" })).policy.Statement[0]?.Condition).toEqual({
      NotIpAddress: { "aws:SourceIp": ["127.0.0.0/8", "::1"] },
    });
  });

  it("refuses a policy given wrong with MalformedPolicy, and deletes one", async () => {
    const code = (Policy: string) =>
      owner.send(new PutBucketPolicyCommand({ Bucket: "ruled", Policy })).then(
        () => "ok",
        (error: { name: string }) => error.name,
      );
    expect(await code("{not json")).toBe("MalformedPolicy");
    expect(await code(JSON.stringify({ Statement: [] }))).toBe("MalformedPolicy");
    expect(
      await code(JSON.stringify({ Statement: [statement("Allow", "*", "s3:GetObject", "arn:aws:s3:::elsewhere/*")] })),
    ).toBe("MalformedPolicy");
    expect(
      await code(
        JSON.stringify({
          Statement: [
            statement("Allow", "*", "s3:GetObject", "arn:aws:s3:::ruled/*", { StringEquals: { "aws:Referer": "x" } }),
          ],
        }),
      ),
    ).toBe("MalformedPolicy");
    expect(
      await code(
        JSON.stringify({
          Statement: [
            { ...statement("Allow", "*", "s3:GetObject", "arn:aws:s3:::ruled/*"), NotAction: "s3:PutObject" },
          ],
        }),
      ),
    ).toBe("MalformedPolicy");
    await owner.send(new DeleteBucketPolicyCommand({ Bucket: "ruled" }));
    expect(await outcome(owner.send(new GetBucketPolicyCommand({ Bucket: "ruled" })))).toBe("NoSuchBucketPolicy");
    expect(await outcome(other.send(new GetObjectCommand({ Bucket: "ruled", Key: "a/doc" })))).toBe("AccessDenied");
  });
});
