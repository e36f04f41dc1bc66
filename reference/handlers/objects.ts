import { ObsError, type ObsHandlers, type RequestContext } from "@obs-toolkit/server";
import {
  COPY_OBJECT_SENSITIVE_MEMBERS,
  PUT_OBJECT_SENSITIVE_MEMBERS,
  type DeletedObject,
} from "@obs-toolkit/validator";
import type { CustomerKey } from "../crypto.js";
import { byteRange, checkConditions, checkCopyConditions, parseCopySource, type Conditions } from "../reads.js";
import { conditionHolds, type BucketRecord, type ObjectRecord, type ReferenceStore } from "../store.js";
import { bucketOf, customerKeyOf, recordedHeaders, stored } from "./common.js";
import { defaultStorageClassOf, encryptionOf } from "./configuration.js";
import { retentionHeaders } from "./worm.js";
import { checkReadable, restoreHeader } from "./restore.js";
import { VERSION_ID } from "../versions.js";

type ObjectHandlers = Required<
  Pick<ObsHandlers, "putObject" | "getObject" | "headObject" | "deleteObject" | "deleteObjects" | "copyObject">
>;

/** What GET and HEAD read of their input. */
interface ReadInput extends Conditions {
  bucket: string;
  key: string;
  versionId?: string | undefined;
  range?: string | undefined;
  checksumMode?: string | undefined;
  sseCustomerKey?: string | undefined;
  sseCustomerKeyMd5?: string | undefined;
}

const CHECKSUM_MEMBERS: Record<
  string,
  "checksumCrc32" | "checksumCrc32c" | "checksumCrc64Nvme" | "checksumSha1" | "checksumSha256"
> = {
  "x-amz-checksum-crc32": "checksumCrc32",
  "x-amz-checksum-crc32c": "checksumCrc32c",
  "x-amz-checksum-crc64nvme": "checksumCrc64Nvme",
  "x-amz-checksum-sha1": "checksumSha1",
  "x-amz-checksum-sha256": "checksumSha256",
};

/** The checksums of a record as output members. */
function checksumMembers(
  checksums: Record<string, string>,
): Partial<Record<(typeof CHECKSUM_MEMBERS)[string], string>> {
  const out: Partial<Record<(typeof CHECKSUM_MEMBERS)[string], string>> = {};
  for (const [name, value] of Object.entries(checksums)) {
    const member = CHECKSUM_MEMBERS[name];
    if (member) out[member] = value;
  }
  return out;
}

/** SSE-C: an object stored with a customer's key is read with that key alone (its MD5 recorded), and only such one is. */
function readKey(object: ObjectRecord, input: ReadInput): CustomerKey | undefined {
  const customer = customerKeyOf(input);
  const recorded = object.headers.sseCustomerKeyMd5;
  if (recorded === undefined) {
    if (customer)
      throw new ObsError("InvalidRequest", "The encryption parameters are not applicable to this object.", 400);
    return undefined;
  }
  if (!customer)
    throw new ObsError(
      "InvalidRequest",
      "The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.",
      400,
    );
  if (customer.md5 !== recorded)
    throw new ObsError("AccessDenied", "The SSE-C key does not match the one the object was stored with.", 403);
  return customer;
}

/** A conditional write whose condition held when it began but not at its commit lost a race: 409, as in S3. */
const conflictOnRace = <T>(work: Promise<T>): Promise<T> =>
  work.catch((error: unknown) => {
    if (error instanceof ObsError && error.code === "PreconditionFailed")
      throw new ObsError(
        "ConditionalRequestConflict",
        "A conflicting operation occurred. If using PutObject you can retry the request.",
        409,
      );
    throw error;
  });

/** The entries of a record whose values are defined: what a stored headers record keeps. */
export const definedOnly = (record: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter((entry): entry is [string, string] => entry[1] !== undefined));

/** `versionId` as S3 takes it: `null` or one this server gave, else InvalidArgument. */
export function checkVersionId(versionId: string | undefined): void {
  if (versionId !== undefined && !VERSION_ID.test(versionId))
    throw new ObsError("InvalidArgument", "Invalid version id specified.", 400);
}

/**
 * The object a read names: its version `versionId` (NoSuchVersion when there is none; a delete
 * marker answers 405 MethodNotAllowed, as S3 does), or the current one (NoSuchKey; with the delete
 * marker's headers when the key's newest version is one). `bucket` is the target bucket's record.
 */
export function versionedObject(
  store: ReferenceStore,
  bucket: BucketRecord,
  target: { key: string; versionId?: string | undefined },
): ObjectRecord {
  checkVersionId(target.versionId);
  if (target.versionId !== undefined) {
    const version = store.getVersion(bucket.name, target.key, target.versionId);
    if (!version) throw new ObsError("NoSuchVersion", "The specified version does not exist.", 404);
    if (!version.object)
      throw new ObsError("MethodNotAllowed", "The specified method is not allowed against this resource.", 405, {
        headers: { "x-amz-delete-marker": "true", "x-amz-version-id": version.versionId },
      });
    return version.object;
  }
  const object = store.getObject(bucket.name, target.key);
  if (object) return object;
  const newest = bucket.versioning ? store.newestVersion(bucket.name, target.key) : undefined;
  throw new ObsError("NoSuchKey", "The specified key does not exist.", 404, {
    headers: newest ? { "x-amz-delete-marker": "true", "x-amz-version-id": newest.versionId } : undefined,
  });
}

/** The version id S3 answers for an object of `bucket`: none unless versioning was ever set on it. */
export const answeredVersion = (bucket: BucketRecord | undefined, object: { versionId: string }) =>
  bucket?.versioning ? object.versionId : undefined;

/** A copy's source as the input names it: the object, its bytes' key (SSE-C) and the conditions checked. */
export function copySourceOf(
  store: ReferenceStore,
  input: {
    copySource: string;
    copySourceIfMatch?: string | undefined;
    copySourceIfNoneMatch?: string | undefined;
    copySourceIfModifiedSince?: string | undefined;
    copySourceIfUnmodifiedSince?: string | undefined;
    copySourceSseCustomerKey?: string | undefined;
    copySourceSseCustomerKeyMd5?: string | undefined;
  },
): { object: ObjectRecord; customer: CustomerKey | undefined } {
  const source = parseCopySource(input.copySource);
  const object = versionedObject(store, bucketOf(store, source.bucket), source);
  const customer = readKey(object, {
    bucket: source.bucket,
    key: source.key,
    sseCustomerKey: input.copySourceSseCustomerKey,
    sseCustomerKeyMd5: input.copySourceSseCustomerKeyMd5,
  });
  checkCopyConditions(
    {
      ifMatch: input.copySourceIfMatch,
      ifNoneMatch: input.copySourceIfNoneMatch,
      ifModifiedSince: input.copySourceIfModifiedSince,
      ifUnmodifiedSince: input.copySourceIfUnmodifiedSince,
    },
    object.etag,
    new Date(object.lastModified),
  );
  return { object, customer };
}

/** The objects' own family: PUT, GET (ranges and conditions), HEAD, DELETE, DELETE Multiple and Copy. */
export function objectHandlers(store: ReferenceStore): ObjectHandlers {
  /** What GET and HEAD answer of an object: its headers, the range, the checks done. */
  const read = (input: ReadInput) => {
    const bucket = bucketOf(store, input.bucket);
    const object = versionedObject(store, bucket, input);
    const customer = readKey(object, input);
    const lastModified = new Date(object.lastModified);
    checkConditions(input, object.etag, lastModified);
    const range = byteRange(input.range, object.size);
    const h = object.headers;
    const headers = {
      eTag: `"${object.etag}"`,
      lastModified,
      acceptRanges: "bytes",
      contentLength: range ? range.end - range.start : object.size,
      contentType: h.contentType ?? "binary/octet-stream",
      contentEncoding: h.contentEncoding,
      cacheControl: h.cacheControl,
      contentDisposition: h.contentDisposition,
      contentLanguage: h.contentLanguage,
      expires: h.expires,
      websiteRedirectLocation: h.websiteRedirectLocation,
      storageClass: h.storageClass && h.storageClass !== "STANDARD" ? h.storageClass : undefined,
      serverSideEncryption: h.serverSideEncryption,
      sseKmsKeyId: h.sseKmsKeyId,
      sseCustomerAlgorithm: h.sseCustomerAlgorithm,
      sseCustomerKeyMd5: h.sseCustomerKeyMd5,
      metadata: object.metadata,
      versionId: answeredVersion(bucket, object),
      objectLockMode: h.objectLockMode,
      objectLockRetainUntilDate: h.objectLockRetainUntilDate,
      restore: restoreHeader(object, new Date()),
      ...(range ? { contentRange: `bytes ${range.start}-${range.end - 1}/${object.size}` } : {}),
      // A ranged answer's bytes are not what the checksums were taken of.
      ...(input.checksumMode === "ENABLED" && !range ? checksumMembers(object.checksums) : {}),
    };
    return { object, customer, range, headers };
  };

  return {
    async putObject(input, context: RequestContext) {
      const bucket = bucketOf(store, input.bucket);
      const storageClass = input.storageClass ?? defaultStorageClassOf(bucket);
      const retention = retentionHeaders(bucket, input, new Date());
      const encryption = encryptionOf(bucket, input);
      const condition = { absent: input.ifNoneMatch === "*", etag: input.ifMatch };
      // Refuse what cannot succeed before reading the body; the store checks again at the commit,
      // where a failure means another write of the key won meanwhile: 409, as S3 answers it.
      const current = store.getObject(input.bucket, input.key);
      // If-Match names an object: without one, NoSuchKey, as S3 answers it.
      if (condition.etag !== undefined && !current)
        throw new ObsError("NoSuchKey", "The specified key does not exist.", 404);
      if (!conditionHolds(current, condition))
        throw new ObsError("PreconditionFailed", "At least one of the preconditions you specified did not hold.", 412);
      const object = await conflictOnRace(
        stored(
          store.putObject(input.bucket, input.key, input.body, {
            customer: customerKeyOf(input),
            condition,
            // Once the body is read the checksums it was verified against are known.
            describe: () => ({
              headers: {
                ...recordedHeaders(input, PUT_OBJECT_SENSITIVE_MEMBERS),
                ...retention,
                ...definedOnly(encryption),
                storageClass,
                owner: context.accessKeyId ?? "anonymous",
              },
              metadata: { ...input.metadata },
              checksums: { ...context.checksums },
            }),
          }),
        ),
      );
      return {
        eTag: `"${object.etag}"`,
        versionId: answeredVersion(bucket, object),
        ...encryption,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
        storageClass: storageClass !== "STANDARD" ? storageClass : undefined,
        ...checksumMembers(object.checksums),
      };
    },

    async getObject(input) {
      // An overwrite may remove the bytes between reading the record and opening them: read again.
      for (let attempt = 0; attempt < 5; attempt++) {
        const { object, customer, range, headers } = read(input);
        checkReadable(object, new Date());
        const whole = range ?? { start: 0, end: object.size };
        // A small object is in its record: its bytes go out in one write, no file opened.
        const body = store.inlineBytes(object, whole, customer) ?? (await store.openObject(object, whole, customer));
        if (!body) continue;
        return {
          ...headers,
          contentType: input.responseContentType ?? headers.contentType,
          contentLanguage: input.responseContentLanguage ?? headers.contentLanguage,
          expires: input.responseExpires ?? headers.expires,
          cacheControl: input.responseCacheControl ?? headers.cacheControl,
          contentDisposition: input.responseContentDisposition ?? headers.contentDisposition,
          contentEncoding: input.responseContentEncoding ?? headers.contentEncoding,
          body,
        };
      }
      throw new ObsError("ServiceUnavailable", "The object is being rewritten; please retry.", 503);
    },

    headObject(input) {
      return read(input).headers;
    },

    async deleteObject(input, context) {
      bucketOf(store, input.bucket);
      checkVersionId(input.versionId);
      // A version that is not there is deleted already: 204, as S3 answers.
      return stored(
        store.deleteObject(input.bucket, input.key, { versionId: input.versionId, owner: context.accessKeyId }),
      );
    },

    async copyObject(input, context) {
      const bucket = bucketOf(store, input.bucket);
      const storageClass = input.storageClass ?? defaultStorageClassOf(bucket);
      const retention = retentionHeaders(bucket, input, new Date());
      const encryption = encryptionOf(bucket, input);
      const replace = input.metadataDirective === "REPLACE";
      for (let attempt = 0; attempt < 5; attempt++) {
        const { object: source, customer } = copySourceOf(store, input);
        if (source.bucket === input.bucket && source.key === input.key && !replace)
          throw new ObsError(
            "InvalidRequest",
            "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
            400,
          );
        const body = await store.openObject(source, { start: 0, end: source.size }, customer);
        if (!body) continue;
        // COPY keeps the source's headers that describe the bytes; the destination's own (ACL,
        // storage class, encryption) are the request's.
        const kept = replace
          ? {}
          : Object.fromEntries(
              [
                "contentType",
                "contentEncoding",
                "cacheControl",
                "contentDisposition",
                "contentLanguage",
                "expires",
              ].flatMap((name) => (source.headers[name] !== undefined ? [[name, source.headers[name] as string]] : [])),
            );
        const object = await stored(
          store.putObject(input.bucket, input.key, body, {
            customer: customerKeyOf(input),
            describe: () => ({
              headers: {
                ...kept,
                ...recordedHeaders(input, COPY_OBJECT_SENSITIVE_MEMBERS),
                ...retention,
                ...definedOnly(encryption),
                storageClass,
                owner: context.accessKeyId ?? "anonymous",
              },
              metadata: replace ? { ...input.metadata } : { ...source.metadata },
              checksums: {},
            }),
          }),
        );
        return {
          eTag: `"${object.etag}"`,
          lastModified: new Date(object.lastModified),
          versionId: answeredVersion(bucket, object),
          copySourceVersionId: answeredVersion(store.getBucket(source.bucket), source),
          ...encryption,
          sseCustomerAlgorithm: input.sseCustomerAlgorithm,
          sseCustomerKeyMd5: input.sseCustomerKeyMd5,
        };
      }
      throw new ObsError("ServiceUnavailable", "The source is being rewritten; please retry.", 503);
    },

    async deleteObjects(input, context) {
      bucketOf(store, input.bucket);
      const deleted: DeletedObject[] = [];
      const errors: Array<{ key: string; versionId?: string | undefined; code: string; message: string }> = [];
      for (const { key, versionId } of input.objects) {
        try {
          checkVersionId(versionId);
          const outcome = await stored(
            store.deleteObject(input.bucket, key, { versionId, owner: context.accessKeyId }),
          );
          // A delete marker made or deleted is named as such; a version deleted keeps the id asked for.
          deleted.push(
            outcome.deleteMarker
              ? { key, versionId, deleteMarker: true, deleteMarkerVersionId: outcome.versionId }
              : { key, versionId },
          );
        } catch (error) {
          const failure = error instanceof ObsError ? error : new ObsError("InternalError", "Internal error.", 500);
          errors.push({ key, versionId, code: failure.code, message: failure.message });
        }
      }
      // Quiet mode answers the failures alone.
      return { deleted: input.quiet ? [] : deleted, errors };
    },
  };
}
