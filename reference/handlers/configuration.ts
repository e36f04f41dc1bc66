import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { StorageClass } from "@obs-toolkit/validator";
import type { BucketRecord, ReferenceStore } from "../store.js";
import { bucketOf, settingOf, updateBucket } from "./common.js";

type ConfigurationHandlers = Required<
  Pick<
    ObsHandlers,
    | "putBucketVersioning"
    | "getBucketVersioning"
    | "putBucketTagging"
    | "getBucketTagging"
    | "deleteBucketTagging"
    | "putBucketStorageClass"
    | "getBucketStorageClass"
    | "putBucketQuota"
    | "getBucketQuota"
    | "getBucketStorage"
    | "putBucketRequestPayment"
    | "getBucketRequestPayment"
    | "putBucketEncryption"
    | "getBucketEncryption"
    | "deleteBucketEncryption"
    | "putBucketWebsite"
    | "getBucketWebsite"
    | "deleteBucketWebsite"
  >
>;

/** The settings a bucket keeps beside its objects: each stored in the bucket's record, answered as its page says. */
export function configurationHandlers(store: ReferenceStore): ConfigurationHandlers {
  return {
    putBucketVersioning(input) {
      if (input.status === "Suspended" && bucketOf(store, input.bucket).objectLock)
        throw new ObsError("InvalidBucketState", "Versioning cannot be suspended on a bucket with WORM enabled.", 409);
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, versioning: input.status }));
    },

    getBucketVersioning: (input) => ({ status: bucketOf(store, input.bucket).versioning }),

    putBucketTagging(input) {
      const keys = new Set<string>();
      for (const tag of input.tagSet) {
        if (keys.has(tag.key))
          throw new ObsError("InvalidTag", `Cannot provide multiple tags with the same key: ${tag.key}.`, 400);
        keys.add(tag.key);
      }
      const tags = input.tagSet.map((tag): [string, string] => [tag.key, tag.value]);
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, tags: tags.length > 0 ? tags : undefined }));
    },

    getBucketTagging(input) {
      const tags = settingOf(store, input.bucket, "tags");
      return { tagSet: tags.map(([key, value]) => ({ key, value })) };
    },

    deleteBucketTagging: (input) => updateBucket(store, input.bucket, (bucket) => ({ ...bucket, tags: undefined })),

    putBucketStorageClass: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, storageClass: input.defaultStorageClass })),

    getBucketStorageClass: (input) => ({ defaultStorageClass: defaultStorageClassOf(bucketOf(store, input.bucket)) }),

    putBucketQuota: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, quota: input.storageQuota })),

    getBucketQuota: (input) => ({ storageQuota: bucketOf(store, input.bucket).quota ?? 0 }),

    getBucketStorage(input) {
      bucketOf(store, input.bucket);
      const usage = store.usageOf(input.bucket);
      return { size: usage.size, objectNumber: usage.count };
    },

    putBucketRequestPayment: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, payer: input.payer })),

    getBucketRequestPayment: (input) => ({ payer: bucketOf(store, input.bucket).payer ?? "BucketOwner" }),

    putBucketEncryption: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, encryption: input.rule })),

    getBucketEncryption(input) {
      const rule = settingOf(store, input.bucket, "encryption");
      return { rule };
    },

    deleteBucketEncryption: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, encryption: undefined })),

    putBucketWebsite(input) {
      const { bucket: _bucket, ...website } = input;
      const others =
        website.indexDocument !== undefined ||
        website.errorDocument !== undefined ||
        (website.routingRules?.length ?? 0) > 0;
      if (website.redirectAllRequestsTo && others)
        throw malformed("RedirectAllRequestsTo excludes every other element of a website configuration.");
      if (!website.redirectAllRequestsTo && !website.indexDocument)
        throw malformed("A website configuration needs IndexDocument or RedirectAllRequestsTo.");
      if (
        (website.routingRules ?? []).some(
          (rule) => rule.redirect.replaceKeyPrefixWith !== undefined && rule.redirect.replaceKeyWith !== undefined,
        )
      )
        throw malformed("A Redirect gives ReplaceKeyPrefixWith or ReplaceKeyWith, not both.");
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, website }));
    },

    getBucketWebsite(input) {
      const website = settingOf(store, input.bucket, "website");
      return { ...website, routingRules: website.routingRules ?? [] };
    },

    deleteBucketWebsite: (input) => updateBucket(store, input.bucket, (bucket) => ({ ...bucket, website: undefined })),
  };
}

const malformed = (message: string) => new ObsError("MalformedXML", message, 400);

/**
 * The server-side encryption a new object records and answers: its request's, else the bucket's
 * default (SSE-KMS with its key); none for an object its customer encrypts (SSE-C).
 */
export function encryptionOf(
  bucket: BucketRecord,
  input: {
    serverSideEncryption?: string | undefined;
    sseKmsKeyId?: string | undefined;
    sseCustomerAlgorithm?: string | undefined;
  },
): { serverSideEncryption?: string | undefined; sseKmsKeyId?: string | undefined } {
  if (input.serverSideEncryption !== undefined || input.sseCustomerAlgorithm !== undefined)
    return { serverSideEncryption: input.serverSideEncryption, sseKmsKeyId: input.sseKmsKeyId };
  const byDefault = bucket.encryption?.applyServerSideEncryptionByDefault;
  return byDefault ? { serverSideEncryption: byDefault.sseAlgorithm, sseKmsKeyId: byDefault.kmsMasterKeyID } : {};
}

/** The storage class a new object of the bucket takes when its request names none. */
export const defaultStorageClassOf = (bucket: BucketRecord): StorageClass => bucket.storageClass ?? "STANDARD";
