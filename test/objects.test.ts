import { createHash, randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateBucketCommand,
  CreateMultipartUploadCommand,
  DeleteBucketCommand,
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetBucketLocationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  ListObjectVersionsCommand,
  PutBucketTaggingCommand,
  PutBucketVersioningCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListBucketsCommand,
  ListObjectsCommand,
  ListObjectsV2Command,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  UploadPartCopyCommand,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AK, obsClient, referenceServer, s3Client } from "./helpers.js";

/** Everyday S3 through @aws-sdk/client-s3 against the reference server: buckets, objects, listings. */
describe("@aws-sdk/client-s3: buckets and objects against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  let s3: S3Client;
  beforeAll(async () => {
    ref = await referenceServer();
    s3 = s3Client(ref.url);
  });
  afterAll(async () => {
    s3.destroy();
    await ref.stop();
  });
  const text = async (body: { transformToString(): Promise<string> } | undefined) =>
    (await body?.transformToString()) ?? "";
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: { name?: string; $metadata?: { httpStatusCode?: number } }) => ({
        name: error.name,
        status: error.$metadata?.httpStatusCode,
      }),
    );

  it("creates, heads, lists and deletes a bucket; a second create and a non-empty delete are refused", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "made-by-api" }));
    expect(await errorOf(s3.send(new CreateBucketCommand({ Bucket: "made-by-api" })))).toEqual({
      name: "BucketAlreadyOwnedByYou",
      status: 409,
    });
    expect(await errorOf(s3.send(new HeadBucketCommand({ Bucket: "made-by-api" })))).toBeUndefined();
    expect(await errorOf(s3.send(new HeadBucketCommand({ Bucket: "no-such-bucket" })))).toMatchObject({ status: 404 });
    const { Buckets, Owner } = await s3.send(new ListBucketsCommand({}));
    expect(Buckets?.map((b) => b.Name)).toEqual(["bucket01", "made-by-api"]);
    expect(Owner?.ID).toBe(AK);
    await s3.send(new PutObjectCommand({ Bucket: "made-by-api", Key: "k", Body: "x" }));
    expect(await errorOf(s3.send(new DeleteBucketCommand({ Bucket: "made-by-api" })))).toEqual({
      name: "BucketNotEmpty",
      status: 409,
    });
    await s3.send(new DeleteObjectCommand({ Bucket: "made-by-api", Key: "k" }));
    await s3.send(new DeleteBucketCommand({ Bucket: "made-by-api" }));
    expect(await errorOf(s3.send(new DeleteBucketCommand({ Bucket: "made-by-api" })))).toEqual({
      name: "NoSuchBucket",
      status: 404,
    });
    expect(await errorOf(s3.send(new PutObjectCommand({ Bucket: "made-by-api", Key: "k", Body: "x" })))).toEqual({
      name: "NoSuchBucket",
      status: 404,
    });
  });

  it("puts an object and reads it back whole, by range and by HEAD, with its headers and metadata", async () => {
    const body = randomBytes(100_000);
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: "bucket01",
        Key: "dir/a b ü.bin",
        Body: body,
        ContentType: "application/x-test",
        CacheControl: "max-age=60",
        ContentDisposition: 'attachment; filename="a.bin"',
        Metadata: { project: "apollo", "two-words": "a b" },
      }),
    );
    const md5 = createHash("md5").update(body).digest("hex");
    expect(put.ETag).toBe(`"${md5}"`);
    // The SDK sends a CRC32 by default; the server checked it, stored it and answers it.
    expect(put.ChecksumCRC32).toMatch(/^[A-Za-z0-9+/]{6}==$/);

    const got = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin", ChecksumMode: "ENABLED" }),
    );
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(body)).toBe(true);
    expect(got).toMatchObject({
      ETag: `"${md5}"`,
      ContentLength: 100_000,
      ContentType: "application/x-test",
      CacheControl: "max-age=60",
      ContentDisposition: 'attachment; filename="a.bin"',
      Metadata: { project: "apollo", "two-words": "a b" },
      AcceptRanges: "bytes",
      ChecksumCRC32: put.ChecksumCRC32,
    });

    const ranged = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin", Range: "bytes=10-19" }),
    );
    expect(ranged.$metadata.httpStatusCode).toBe(206);
    expect(ranged.ContentRange).toBe("bytes 10-19/100000");
    expect(Buffer.from(await ranged.Body!.transformToByteArray()).equals(body.subarray(10, 20))).toBe(true);
    const suffix = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin", Range: "bytes=-5" }));
    expect(Buffer.from(await suffix.Body!.transformToByteArray()).equals(body.subarray(-5))).toBe(true);
    expect(
      await errorOf(
        s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin", Range: "bytes=100000-" })),
      ),
    ).toEqual({
      name: "InvalidRange",
      status: 416,
    });
    // Several ranges: S3 answers the whole object.
    const several = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin", Range: "bytes=0-1,5-6" }),
    );
    expect([several.$metadata.httpStatusCode, several.ContentLength]).toEqual([200, 100_000]);
    await several.Body?.transformToByteArray();

    const head = await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "dir/a b ü.bin" }));
    expect(head).toMatchObject({ ContentLength: 100_000, ETag: `"${md5}"`, Metadata: { project: "apollo" } });
    expect(await errorOf(s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "missing" })))).toMatchObject({
      status: 404,
    });
    expect(await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "missing" })))).toEqual({
      name: "NoSuchKey",
      status: 404,
    });
  });

  it("takes non-ASCII metadata as UTF-8, signed as text, and answers it as the same UTF-8 bytes", async () => {
    const obs = obsClient(ref.url);
    const metadata = { price: "5 €", name: "Hello World\u00e9" };
    await obs.putObject({ bucket: "bucket01", key: "unicode-meta", body: "x", metadata });
    expect((await obs.headObject({ bucket: "bucket01", key: "unicode-meta" })).metadata).toEqual(metadata);
    // On the wire: the UTF-8 bytes, as S3 servers answer them; the AWS SDK reads them one Latin-1 character each.
    const head = await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "unicode-meta" }));
    expect(head.Metadata?.["price"]).toBe(Buffer.from("5 €", "utf8").toString("latin1"));
  });

  it("answers conditional reads with 304 and 412, and conditional writes with 412", async () => {
    const { ETag } = await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond", Body: "v1" }));
    const head = await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "cond" }));
    // A 304 has no body, so the SDK cannot name it (it does not against S3 either): the status is what it sees.
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "cond", IfNoneMatch: ETag }))),
    ).toMatchObject({
      status: 304,
    });
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "cond", IfMatch: '"other"' }))),
    ).toEqual({
      name: "PreconditionFailed",
      status: 412,
    });
    const later = new Date(head.LastModified!.getTime() + 1000);
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "cond", IfModifiedSince: later }))),
    ).toMatchObject({
      status: 304,
    });
    const earlier = new Date(head.LastModified!.getTime() - 5000);
    expect(
      await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "cond", IfUnmodifiedSince: earlier }))),
    ).toEqual({
      name: "PreconditionFailed",
      status: 412,
    });
    // If-Match holds: If-Unmodified-Since is not evaluated (RFC 7232 section 6).
    const both = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "cond", IfMatch: ETag, IfUnmodifiedSince: earlier }),
    );
    expect(await text(both.Body)).toBe("v1");

    expect(
      await errorOf(s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond", Body: "v2", IfNoneMatch: "*" }))),
    ).toEqual({
      name: "PreconditionFailed",
      status: 412,
    });
    expect(
      await errorOf(s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond", Body: "v2", IfMatch: '"nope"' }))),
    ).toEqual({
      name: "PreconditionFailed",
      status: 412,
    });
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond", Body: "v2", IfMatch: ETag }));
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond-new", Body: "n", IfNoneMatch: "*" }));
    // If-Match: * holds for any object (HTTP); If-Match on a key with no object answers NoSuchKey, as S3 does.
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond-new", Body: "n2", IfMatch: "*" }));
    expect(
      await errorOf(s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "cond-none", Body: "x", IfMatch: "*" }))),
    ).toEqual({ name: "NoSuchKey", status: 404 });
    expect(await text((await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "cond" }))).Body)).toBe("v2");
  });

  it("hands over a gzip object's stored bytes, as S3 clients expect", async () => {
    const zipped = gzipSync("hello, compressed world");
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "z.gz", Body: zipped, ContentEncoding: "gzip" }));
    const got = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "z.gz", ResponseContentEncoding: "x-gzip" }),
    );
    expect(got.ContentEncoding).toBe("x-gzip");
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(zipped)).toBe(true);
  });

  it("stores SSE-C objects encrypted and reads them only with the key", async () => {
    const key = randomBytes(32);
    const sse = { SSECustomerAlgorithm: "AES256", SSECustomerKey: key.toString("base64") };
    const body = randomBytes(70_000);
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "secret", Body: body, ...sse }));
    const record = ref.store.getObject("bucket01", "secret");
    expect(JSON.stringify(record)).not.toContain(key.toString("base64"));
    const onDisk = await import("node:fs/promises").then((fs) =>
      fs.readFile(`${ref.dataDir}/${record?.pieces[0]?.file ?? ""}`),
    );
    expect(onDisk.length).toBe(body.length);
    expect(onDisk.equals(body)).toBe(false);
    const got = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "secret", ...sse }));
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(body)).toBe(true);
    const part = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "secret", Range: "bytes=33333-44444", ...sse }),
    );
    expect(Buffer.from(await part.Body!.transformToByteArray()).equals(body.subarray(33333, 44445))).toBe(true);
    expect(await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "secret" })))).toMatchObject({
      name: "InvalidRequest",
      status: 400,
    });
    const other = { SSECustomerAlgorithm: "AES256", SSECustomerKey: randomBytes(32).toString("base64") };
    expect(await errorOf(s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "secret", ...other })))).toMatchObject(
      {
        name: "AccessDenied",
        status: 403,
      },
    );
  });

  it("lists objects page by page, V1 and V2, with prefix, delimiter, markers and URL encoding", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "listing" }));
    const keys = [
      "a/1",
      "a/2",
      "a/b/3",
      "b",
      "c d",
      "c+e",
      "photos/2006/x.jpg",
      "photos/2007/y.jpg",
      "z\u0001ctl",
      "ü",
    ];
    for (const key of keys) await s3.send(new PutObjectCommand({ Bucket: "listing", Key: key, Body: key }));

    const all: string[] = [];
    for await (const page of paginateListObjectsV2({ client: s3, pageSize: 3 }, { Bucket: "listing" })) {
      expect(page.KeyCount).toBeLessThanOrEqual(3);
      all.push(...(page.Contents ?? []).map((c) => c.Key ?? ""));
    }
    expect(all).toEqual([...keys].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y))));

    const grouped = await s3.send(new ListObjectsV2Command({ Bucket: "listing", Delimiter: "/" }));
    expect(grouped.CommonPrefixes?.map((p) => p.Prefix)).toEqual(["a/", "photos/"]);
    expect(grouped.Contents?.map((c) => c.Key)).toEqual(["b", "c d", "c+e", "z\u0001ctl", "ü"]);
    const photos = await s3.send(new ListObjectsV2Command({ Bucket: "listing", Prefix: "photos/", Delimiter: "/" }));
    expect(photos.CommonPrefixes?.map((p) => p.Prefix)).toEqual(["photos/2006/", "photos/2007/"]);
    const after = await s3.send(new ListObjectsV2Command({ Bucket: "listing", StartAfter: "c d", MaxKeys: 2 }));
    expect([after.Contents?.map((c) => c.Key), after.IsTruncated]).toEqual([["c+e", "photos/2006/x.jpg"], true]);

    // V1: markers, and a delimiter's common prefixes each counting as one key of a page.
    const first = await s3.send(new ListObjectsCommand({ Bucket: "listing", Delimiter: "/", MaxKeys: 2 }));
    expect([first.CommonPrefixes?.map((p) => p.Prefix), first.Contents?.map((c) => c.Key), first.IsTruncated]).toEqual([
      ["a/"],
      ["b"],
      true,
    ]);
    const second = await s3.send(
      new ListObjectsCommand({ Bucket: "listing", Delimiter: "/", MaxKeys: 2, Marker: first.NextMarker }),
    );
    expect(second.Contents?.map((c) => c.Key)).toEqual(["c d", "c+e"]);
    const owner = await s3.send(new ListObjectsCommand({ Bucket: "listing", Prefix: "b" }));
    expect(owner.Contents?.[0]).toMatchObject({ Key: "b", Size: 1, Owner: { ID: AK }, StorageClass: "STANDARD" });

    // encoding-type=url: a control character travels percent-encoded, and the SDK hands the raw text over.
    const encoded = await s3.send(new ListObjectsV2Command({ Bucket: "listing", Prefix: "z", EncodingType: "url" }));
    expect(encoded.Contents?.map((c) => c.Key)).toEqual(["z%01ctl"]);
    // As S3 encodes: `/` kept, the rest percent-encoded; an empty delimiter is answered as none.
    for (const Key of ["enc/a+1/x", "enc/q ab/y"])
      await s3.send(new PutObjectCommand({ Bucket: "listing", Key, Body: "x" }));
    const folded = await s3.send(
      new ListObjectsCommand({ Bucket: "listing", Prefix: "enc/", Delimiter: "/", EncodingType: "url" }),
    );
    expect([folded.Prefix, folded.Delimiter, folded.CommonPrefixes?.map((p) => p.Prefix)]).toEqual([
      "enc/",
      "/",
      ["enc/a%2B1/", "enc/q%20ab/"],
    ]);
    const flat = await s3.send(new ListObjectsCommand({ Bucket: "listing", Prefix: "enc/", Delimiter: "" }));
    expect([flat.Delimiter, flat.Contents?.length]).toEqual([undefined, 2]);
    const fromStart = await s3.send(
      new ListObjectsV2Command({ Bucket: "listing", Prefix: "enc/", ContinuationToken: "" }),
    );
    expect([fromStart.ContinuationToken, fromStart.KeyCount]).toEqual(["", 2]);
  });

  it("deletes many objects in one request, verbose and quiet", async () => {
    for (const key of ["d1", "d2", "d3"])
      await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: key, Body: key }));
    const verbose = await s3.send(
      new DeleteObjectsCommand({
        Bucket: "bucket01",
        Delete: { Objects: [{ Key: "d1" }, { Key: "d2" }, { Key: "never" }] },
      }),
    );
    expect(verbose.Deleted?.map((d) => d.Key)).toEqual(["d1", "d2", "never"]);
    expect(verbose.Errors ?? []).toEqual([]);
    const quiet = await s3.send(
      new DeleteObjectsCommand({ Bucket: "bucket01", Delete: { Objects: [{ Key: "d3" }], Quiet: true } }),
    );
    expect(quiet.Deleted ?? []).toEqual([]);
    expect(ref.store.getObject("bucket01", "d3")).toBeUndefined();
  });

  it("uploads with lib-storage and reads the bytes back; presigned GET and PUT work with plain fetch", async () => {
    const body = randomBytes(12 * 1024 * 1024 + 123);
    await new Upload({
      client: s3,
      params: { Bucket: "bucket01", Key: "big.bin", Body: body },
      partSize: 5 * 1024 * 1024,
    }).done();
    const got = await s3.send(
      new GetObjectCommand({ Bucket: "bucket01", Key: "big.bin", Range: "bytes=5242870-5242889" }),
    );
    expect(Buffer.from(await got.Body!.transformToByteArray()).equals(body.subarray(5242870, 5242890))).toBe(true);
    const whole = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "big.bin" }));
    expect(
      createHash("md5")
        .update(await whole.Body!.transformToByteArray())
        .digest("hex"),
    ).toBe(createHash("md5").update(body).digest("hex"));

    const putUrl = await getSignedUrl(s3, new PutObjectCommand({ Bucket: "bucket01", Key: "presigned.txt" }), {
      expiresIn: 60,
    });
    expect((await fetch(putUrl, { method: "PUT", body: "via a presigned URL" })).status).toBe(200);
    const getUrl = await getSignedUrl(s3, new GetObjectCommand({ Bucket: "bucket01", Key: "presigned.txt" }), {
      expiresIn: 60,
    });
    const fetched = await fetch(getUrl);
    expect([fetched.status, await fetched.text()]).toEqual([200, "via a presigned URL"]);
  });

  it("copies objects (metadata kept or replaced, conditions, SSE-C source) and parts of them into a multipart upload", async () => {
    const body = randomBytes(6 * 1024 * 1024 + 10);
    const key = randomBytes(32);
    const sse = { SSECustomerAlgorithm: "AES256", SSECustomerKey: key.toString("base64") };
    await s3.send(
      new PutObjectCommand({
        Bucket: "bucket01",
        Key: "src dir/a&b ü.bin",
        Body: body,
        Metadata: { origin: "src" },
        ContentType: "x/src",
      }),
    );
    await s3.send(new CreateBucketCommand({ Bucket: "copies" }));
    const source = `bucket01/${encodeURIComponent("src dir/a&b ü.bin")}`;
    const copied = await s3.send(new CopyObjectCommand({ Bucket: "copies", Key: "kept", CopySource: source }));
    expect(copied.CopyObjectResult?.ETag).toBe(`"${createHash("md5").update(body).digest("hex")}"`);
    expect(copied.CopyObjectResult?.LastModified).toBeInstanceOf(Date);
    const kept = await s3.send(new HeadObjectCommand({ Bucket: "copies", Key: "kept" }));
    expect([kept.ContentLength, kept.ContentType, kept.Metadata]).toEqual([body.length, "x/src", { origin: "src" }]);
    await s3.send(
      new CopyObjectCommand({
        Bucket: "copies",
        Key: "replaced",
        CopySource: source,
        MetadataDirective: "REPLACE",
        Metadata: { origin: "new" },
      }),
    );
    expect((await s3.send(new HeadObjectCommand({ Bucket: "copies", Key: "replaced" }))).Metadata).toEqual({
      origin: "new",
    });
    expect(
      await errorOf(
        s3.send(
          new CopyObjectCommand({ Bucket: "copies", Key: "x", CopySource: source, CopySourceIfMatch: '"other"' }),
        ),
      ),
    ).toEqual({
      name: "PreconditionFailed",
      status: 412,
    });
    expect(
      await errorOf(s3.send(new CopyObjectCommand({ Bucket: "copies", Key: "x", CopySource: "bucket01/missing" }))),
    ).toEqual({
      name: "NoSuchKey",
      status: 404,
    });
    expect(
      await errorOf(s3.send(new CopyObjectCommand({ Bucket: "copies", Key: "kept", CopySource: "copies/kept" }))),
    ).toMatchObject({
      name: "InvalidRequest",
      status: 400,
    });
    // An SSE-C source is read with its key and may be written in the clear.
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "enc", Body: "secret bytes", ...sse }));
    await s3.send(
      new CopyObjectCommand({
        Bucket: "copies",
        Key: "decrypted",
        CopySource: "bucket01/enc",
        CopySourceSSECustomerAlgorithm: "AES256",
        CopySourceSSECustomerKey: key.toString("base64"),
      }),
    );
    expect(await text((await s3.send(new GetObjectCommand({ Bucket: "copies", Key: "decrypted" }))).Body)).toBe(
      "secret bytes",
    );

    const { UploadId } = await s3.send(new CreateMultipartUploadCommand({ Bucket: "copies", Key: "assembled" }));
    const first = await s3.send(
      new UploadPartCopyCommand({
        Bucket: "copies",
        Key: "assembled",
        UploadId,
        PartNumber: 1,
        CopySource: source,
        CopySourceRange: "bytes=0-5242879",
      }),
    );
    const second = await s3.send(
      new UploadPartCopyCommand({
        Bucket: "copies",
        Key: "assembled",
        UploadId,
        PartNumber: 2,
        CopySource: source,
        CopySourceRange: `bytes=5242880-${body.length - 1}`,
      }),
    );
    await s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: "copies",
        Key: "assembled",
        UploadId,
        MultipartUpload: {
          Parts: [
            { PartNumber: 1, ETag: first.CopyPartResult?.ETag },
            { PartNumber: 2, ETag: second.CopyPartResult?.ETag },
          ],
        },
      }),
    );
    const assembled = await s3.send(new GetObjectCommand({ Bucket: "copies", Key: "assembled" }));
    expect(Buffer.from(await assembled.Body!.transformToByteArray()).equals(body)).toBe(true);
    expect(
      await errorOf(
        s3.send(
          new UploadPartCopyCommand({
            Bucket: "copies",
            Key: "assembled",
            UploadId: "NOPE",
            PartNumber: 1,
            CopySource: source,
          }),
        ),
      ),
    ).toMatchObject({ name: "NoSuchUpload", status: 404 });
  });

  it("stores the versioning state and tags, and lists each object as its one version", async () => {
    await s3.send(new CreateBucketCommand({ Bucket: "config" }));
    // S3 answers us-east-1 as the empty constraint, and the SDK hands it over as such.
    expect((await s3.send(new GetBucketLocationCommand({ Bucket: "config" }))).LocationConstraint ?? "").toBe("");
    expect(
      await errorOf(
        s3.send(
          new CreateBucketCommand({
            Bucket: "elsewhere",
            CreateBucketConfiguration: { LocationConstraint: "eu-west-1" },
          }),
        ),
      ),
    ).toEqual({ name: "InvalidLocationConstraint", status: 400 });
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: "config" }))).Status).toBeUndefined();
    await s3.send(
      new PutBucketVersioningCommand({ Bucket: "config", VersioningConfiguration: { Status: "Suspended" } }),
    );
    expect((await s3.send(new GetBucketVersioningCommand({ Bucket: "config" }))).Status).toBe("Suspended");

    expect(await errorOf(s3.send(new GetBucketTaggingCommand({ Bucket: "config" })))).toEqual({
      name: "NoSuchTagSet",
      status: 404,
    });
    await s3.send(
      new PutBucketTaggingCommand({
        Bucket: "config",
        Tagging: {
          TagSet: [
            { Key: "team", Value: "storage" },
            { Key: "env", Value: "" },
          ],
        },
      }),
    );
    expect((await s3.send(new GetBucketTaggingCommand({ Bucket: "config" }))).TagSet).toEqual([
      { Key: "team", Value: "storage" },
      { Key: "env", Value: "" },
    ]);
    for (const [TagSet, code] of [
      [
        [
          { Key: "a", Value: "1" },
          { Key: "a", Value: "2" },
        ],
        "InvalidTag",
      ],
      [[{ Key: "x".repeat(37), Value: "v" }], "InvalidTag"],
      [[{ Key: "k", Value: "a/b" }], "InvalidTag"],
      [[{ Key: " lead", Value: "v" }], "InvalidTag"],
      [Array.from({ length: 21 }, (_, i) => ({ Key: `k${i}`, Value: "v" })), "MalformedXML"],
    ] as const)
      expect(
        await errorOf(s3.send(new PutBucketTaggingCommand({ Bucket: "config", Tagging: { TagSet: [...TagSet] } }))),
      ).toEqual({
        name: code,
        status: 400,
      });

    for (const key of ["v/1", "v/2", "w"])
      await s3.send(new PutObjectCommand({ Bucket: "config", Key: key, Body: key }));
    const first = await s3.send(new ListObjectVersionsCommand({ Bucket: "config", MaxKeys: 2 }));
    expect(first.Versions?.map((v) => [v.Key, v.VersionId, v.IsLatest])).toEqual([
      ["v/1", "null", true],
      ["v/2", "null", true],
    ]);
    expect([first.IsTruncated, first.NextKeyMarker, first.NextVersionIdMarker]).toEqual([true, "v/2", "null"]);
    const rest = await s3.send(
      new ListObjectVersionsCommand({
        Bucket: "config",
        KeyMarker: first.NextKeyMarker,
        VersionIdMarker: first.NextVersionIdMarker,
      }),
    );
    expect([rest.Versions?.map((v) => v.Key), rest.IsTruncated, rest.DeleteMarkers ?? []]).toEqual([["w"], false, []]);
    const grouped = await s3.send(new ListObjectVersionsCommand({ Bucket: "config", Delimiter: "/" }));
    expect(grouped.CommonPrefixes?.map((p) => p.Prefix)).toEqual(["v/"]);
  });

  it("checks, stores and answers every flexible checksum, and the SDK validates each on download", async () => {
    const body = randomBytes(50_000);
    for (const algorithm of ["CRC32", "CRC32C", "CRC64NVME", "SHA1", "SHA256"] as const) {
      const key = `sum-${algorithm}`;
      const put = await s3.send(
        new PutObjectCommand({ Bucket: "bucket01", Key: key, Body: body, ChecksumAlgorithm: algorithm }),
      );
      const answered = put[`Checksum${algorithm}` as const];
      expect(answered, algorithm).toMatch(/^[A-Za-z0-9+/]+=*$/);
      const got = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: key, ChecksumMode: "ENABLED" }));
      expect(got[`Checksum${algorithm}` as const], algorithm).toBe(answered);
      expect(Buffer.from(await got.Body!.transformToByteArray()).equals(body), algorithm).toBe(true);
      expect(
        (await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: key, ChecksumMode: "ENABLED" })))[
          `Checksum${algorithm}` as const
        ],
      ).toBe(answered);
    }
    // A wrong checksum is refused, and nothing is stored.
    const wrong = await fetch(
      await getSignedUrl(s3, new PutObjectCommand({ Bucket: "bucket01", Key: "sum-wrong" }), { expiresIn: 60 }),
      { method: "PUT", body: "abc", headers: { "x-amz-checksum-crc64nvme": "AAAAAAAAAAA=" } },
    );
    expect([wrong.status, /<Code>(\w+)<\/Code>/.exec(await wrong.text())?.[1]]).toEqual([400, "BadDigest"]);
    expect(ref.store.getObject("bucket01", "sum-wrong")).toBeUndefined();
  });

  it("answers SSE-KMS and the response-* overrides as recorded and asked", async () => {
    const put = await s3.send(
      new PutObjectCommand({
        Bucket: "bucket01",
        Key: "kms",
        Body: "k",
        ServerSideEncryption: "aws:kms",
        SSEKMSKeyId: "key-1",
      }),
    );
    expect([put.ServerSideEncryption, put.SSEKMSKeyId]).toEqual(["aws:kms", "key-1"]);
    const head = await s3.send(new HeadObjectCommand({ Bucket: "bucket01", Key: "kms" }));
    expect([head.ServerSideEncryption, head.SSEKMSKeyId]).toEqual(["aws:kms", "key-1"]);
    const got = await s3.send(
      new GetObjectCommand({
        Bucket: "bucket01",
        Key: "kms",
        ResponseContentType: "text/x-override",
        ResponseCacheControl: "no-cache",
        ResponseContentDisposition: "attachment; filename=k.txt",
        ResponseContentLanguage: "mi, en",
        ResponseExpires: new Date("1994-12-01T16:00:00Z"),
      }),
    );
    expect([got.ContentType, got.CacheControl, got.ContentDisposition, got.ContentLanguage]).toEqual([
      "text/x-override",
      "no-cache",
      "attachment; filename=k.txt",
      "mi, en",
    ]);
    expect(got.ExpiresString ?? got.Expires?.toUTCString()).toBe("Thu, 01 Dec 1994 16:00:00 GMT");
    await got.Body?.transformToByteArray();
  });

  it("overwrites atomically: a reader gets one whole version or another, never a mix; a racing conditional write gets 409 or 412", async () => {
    const size = 2 * 1024 * 1024;
    const version = (n: number) => Buffer.alloc(size, n);
    await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "atomic", Body: version(1) }));
    const reads: Buffer[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 2; n <= 7; n++)
        await s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "atomic", Body: version(n) }));
      writing = false;
    })();
    const reader = (async () => {
      for (let i = 0; i < 40 && (writing || i < 3); i++) {
        const got = await s3.send(new GetObjectCommand({ Bucket: "bucket01", Key: "atomic" }));
        reads.push(Buffer.from(await got.Body!.transformToByteArray()));
      }
    })();
    await Promise.all([writer, reader]);
    for (const bytes of reads) {
      expect(bytes.length).toBe(size);
      expect(bytes.every((b) => b === bytes[0])).toBe(true);
    }
    // Two creations of one key at once: exactly one wins.
    const attempts = await Promise.all(
      [8, 9].map((n) =>
        s3.send(new PutObjectCommand({ Bucket: "bucket01", Key: "race", Body: version(n), IfNoneMatch: "*" })).then(
          () => 200,
          (error: { $metadata?: { httpStatusCode?: number } }) => error.$metadata?.httpStatusCode,
        ),
      ),
    );
    expect(attempts.filter((status) => status === 200)).toHaveLength(1);
    expect(attempts.filter((status) => status === 409 || status === 412)).toHaveLength(1);
  });
});
