import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { StorageClass } from "@obs-toolkit/validator";
import type { BucketRecord, ReferenceStore } from "../store.js";
import { bucketOf, noSuchBucket, stored } from "./common.js";

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
  >
>;

/** The settings a bucket keeps beside its objects: each stored in the bucket's record, answered as its page says. */
export function configurationHandlers(store: ReferenceStore): ConfigurationHandlers {
  /** Changes the bucket's record durably; NoSuchBucket when there is none. */
  const update = async (name: string, change: (bucket: BucketRecord) => BucketRecord) => {
    if (!(await stored(store.updateBucket(name, change)))) throw noSuchBucket();
    return {};
  };
  return {
    putBucketVersioning(input) {
      if (input.status === "Suspended" && bucketOf(store, input.bucket).objectLock)
        throw new ObsError("InvalidBucketState", "Versioning cannot be suspended on a bucket with WORM enabled.", 409);
      return update(input.bucket, (bucket) => ({ ...bucket, versioning: input.status }));
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
      return update(input.bucket, (bucket) => ({ ...bucket, tags: tags.length > 0 ? tags : undefined }));
    },

    getBucketTagging(input) {
      const tags = bucketOf(store, input.bucket).tags;
      if (!tags) throw new ObsError("NoSuchTagSet", "The TagSet does not exist.", 404);
      return { tagSet: tags.map(([key, value]) => ({ key, value })) };
    },

    deleteBucketTagging: (input) => update(input.bucket, (bucket) => ({ ...bucket, tags: undefined })),

    putBucketStorageClass: (input) =>
      update(input.bucket, (bucket) => ({ ...bucket, storageClass: input.defaultStorageClass })),

    getBucketStorageClass: (input) => ({ defaultStorageClass: defaultStorageClassOf(bucketOf(store, input.bucket)) }),

    putBucketQuota: (input) => update(input.bucket, (bucket) => ({ ...bucket, quota: input.storageQuota })),

    getBucketQuota: (input) => ({ storageQuota: bucketOf(store, input.bucket).quota ?? 0 }),

    getBucketStorage(input) {
      bucketOf(store, input.bucket);
      const usage = store.usageOf(input.bucket);
      return { size: usage.size, objectNumber: usage.count };
    },

    putBucketRequestPayment: (input) => update(input.bucket, (bucket) => ({ ...bucket, payer: input.payer })),

    getBucketRequestPayment: (input) => ({ payer: bucketOf(store, input.bucket).payer ?? "BucketOwner" }),
  };
}

/** The storage class a new object of the bucket takes when its request names none. */
export const defaultStorageClassOf = (bucket: BucketRecord): StorageClass => bucket.storageClass ?? "STANDARD";
