import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { ObjectPage, ObjectRecord, ReferenceStore, VersionPage } from "../store.js";
import { bucketOf, noSuchBucket, ownerOf, stored } from "./common.js";
import { defaultStorageClassOf } from "./configuration.js";
import { cannedGrants } from "../access/acl.js";

type BucketHandlers = Required<
  Pick<
    ObsHandlers,
    | "listBuckets"
    | "putBucket"
    | "headBucket"
    | "deleteBucket"
    | "listObjects"
    | "listObjectsV2"
    | "listObjectVersions"
    | "getBucketLocation"
  >
>;

/** `encoding-type=url`: the text percent-encoded as S3 does, `/` kept (clients decode it with their URL decoder). */
const encoder = (encodingType: string | undefined) => (text: string | undefined) =>
  text === undefined || encodingType !== "url" ? text : encodeURIComponent(text).replace(/%2F/g, "/");

/** A V2 continuation token: the base64url of the key or common prefix the page ended after. */
const tokenOf = (last: string) => Buffer.from(last, "utf8").toString("base64url");
function afterToken(token: string): string {
  const key = Buffer.from(token, "base64url").toString("utf8");
  if (tokenOf(key) !== token)
    throw new ObsError("InvalidArgument", "The continuation token provided is incorrect.", 400);
  return key;
}

/** Buckets and their listings. `region` is where buckets are created (a LocationConstraint must name it). */
export function bucketHandlers(store: ReferenceStore, region: string): BucketHandlers {
  const contentsOf =
    (encode: (text: string | undefined) => string | undefined, withOwner: boolean) => (object: ObjectRecord) => ({
      key: encode(object.key) ?? "",
      lastModified: new Date(object.lastModified),
      eTag: `"${object.etag}"`,
      size: object.size,
      storageClass: object.headers.storageClass ?? "STANDARD",
      ...(withOwner ? { owner: ownerOf(object.headers.owner ?? "anonymous") } : {}),
    });
  const page = (
    bucket: string,
    input: { prefix?: string | undefined; delimiter?: string | undefined; maxKeys?: number | undefined },
    after: string | undefined,
  ): ObjectPage =>
    store.listObjects(bucket, {
      prefix: input.prefix ?? "",
      delimiter: input.delimiter || undefined,
      after,
      max: input.maxKeys ?? 1000,
    });
  return {
    listBuckets(_input, context) {
      return {
        owner: ownerOf(context.accessKeyId ?? "anonymous"),
        // The requester's own buckets, as S3 lists them.
        buckets: store
          .listBuckets()
          .filter((bucket) => bucket.owner === context.accessKeyId)
          .map((bucket) => ({ name: bucket.name, creationDate: new Date(bucket.createdAt), bucketType: "OBJECT" })),
      };
    },

    async putBucket(input, context) {
      const wanted = input.locationConstraint;
      if (wanted !== undefined && wanted !== "" && wanted !== region)
        throw new ObsError(
          "InvalidLocationConstraint",
          `The specified location constraint is not valid: this server creates buckets in ${region}.`,
          400,
        );
      const created = await stored(
        store.createBucket({
          name: input.bucket,
          createdAt: new Date().toISOString(),
          owner: context.accessKeyId ?? "anonymous",
          region,
          acl:
            input.acl && input.acl !== "private"
              ? cannedGrants(input.acl, context.accessKeyId ?? "anonymous")
              : undefined,
          // WORM keeps versions: it enables versioning for good.
          ...(input.objectLockEnabled
            ? { objectLock: { enabled: true as const }, versioning: "Enabled" as const }
            : {}),
        }),
      );
      if (!created)
        throw new ObsError(
          "BucketAlreadyOwnedByYou",
          "Your previous request to create the named bucket succeeded and you already own it.",
          409,
        );
      return { location: `/${input.bucket}` };
    },

    headBucket(input) {
      const bucket = bucketOf(store, input.bucket);
      return { region: bucket.region, defaultStorageClass: defaultStorageClassOf(bucket) };
    },

    async deleteBucket(input) {
      const outcome = await stored(store.deleteBucket(input.bucket));
      if (outcome === "missing") throw noSuchBucket();
      if (outcome === "not-empty")
        throw new ObsError("BucketNotEmpty", "The bucket you tried to delete is not empty.", 409);
      return {};
    },

    listObjects(input) {
      const bucket = bucketOf(store, input.bucket);
      const encode = encoder(input.encodingType);
      const listed = page(bucket.name, input, input.marker);
      return {
        name: bucket.name,
        prefix: encode(input.prefix ?? ""),
        marker: encode(input.marker ?? ""),
        nextMarker: listed.truncated ? encode(listed.last) : undefined,
        maxKeys: input.maxKeys ?? 1000,
        // S3 answers no empty <Delimiter>.
        delimiter: input.delimiter ? encode(input.delimiter) : undefined,
        encodingType: input.encodingType,
        isTruncated: listed.truncated,
        contents: listed.objects.map(contentsOf(encode, true)),
        commonPrefixes: listed.commonPrefixes.map((prefix) => ({ prefix: encode(prefix) ?? "" })),
        region: bucket.region,
      };
    },

    listObjectVersions(input) {
      const bucket = bucketOf(store, input.bucket);
      const encode = encoder(input.encodingType);
      const listed = store.listVersions(bucket.name, {
        prefix: input.prefix ?? "",
        delimiter: input.delimiter || undefined,
        keyMarker: input.keyMarker,
        versionIdMarker: input.versionIdMarker,
        max: input.maxKeys ?? 1000,
      });
      const entry = (version: Omit<VersionPage["versions"][number], "object">) => ({
        key: encode(version.key) ?? "",
        versionId: version.versionId,
        isLatest: version.isLatest,
        lastModified: new Date(version.lastModified),
        owner: ownerOf(version.owner),
      });
      return {
        name: bucket.name,
        prefix: encode(input.prefix ?? ""),
        keyMarker: encode(input.keyMarker ?? ""),
        versionIdMarker: input.versionIdMarker ?? "",
        nextKeyMarker: listed.truncated ? encode(listed.last?.key) : undefined,
        nextVersionIdMarker: listed.truncated ? listed.last?.versionId : undefined,
        maxKeys: input.maxKeys ?? 1000,
        // S3 answers no empty <Delimiter>.
        delimiter: input.delimiter ? encode(input.delimiter) : undefined,
        encodingType: input.encodingType,
        isTruncated: listed.truncated,
        versions: listed.versions.flatMap(({ object, ...version }) =>
          object
            ? [
                {
                  ...entry(version),
                  eTag: `"${object.etag}"`,
                  size: object.size,
                  storageClass: object.headers.storageClass ?? "STANDARD",
                },
              ]
            : [],
        ),
        deleteMarkers: listed.versions.filter((version) => !version.object).map(entry),
        commonPrefixes: listed.commonPrefixes.map((prefix) => ({ prefix: encode(prefix) ?? "" })),
      };
    },

    getBucketLocation(input) {
      // As S3 answers it: us-east-1 is the empty constraint.
      const { region: where } = bucketOf(store, input.bucket);
      return { locationConstraint: where === "us-east-1" ? "" : where };
    },

    listObjectsV2(input) {
      const bucket = bucketOf(store, input.bucket);
      const encode = encoder(input.encodingType);
      // The token continues after the last entry of its page; start-after is the first page's
      // marker (an empty token is none, as S3 takes it, and is answered back).
      const after = input.continuationToken ? afterToken(input.continuationToken) : input.startAfter;
      const listed = page(bucket.name, input, after);
      return {
        name: bucket.name,
        prefix: encode(input.prefix ?? ""),
        startAfter: encode(input.startAfter),
        continuationToken: input.continuationToken,
        nextContinuationToken: listed.truncated && listed.last !== undefined ? tokenOf(listed.last) : undefined,
        keyCount: listed.objects.length + listed.commonPrefixes.length,
        maxKeys: input.maxKeys ?? 1000,
        // S3 answers no empty <Delimiter>.
        delimiter: input.delimiter ? encode(input.delimiter) : undefined,
        encodingType: input.encodingType,
        isTruncated: listed.truncated,
        contents: listed.objects.map(contentsOf(encode, input.fetchOwner === true)),
        commonPrefixes: listed.commonPrefixes.map((prefix) => ({ prefix: encode(prefix) ?? "" })),
        region: bucket.region,
      };
    },
  };
}
