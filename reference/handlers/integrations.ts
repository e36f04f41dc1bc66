import { randomBytes } from "node:crypto";
import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { ReferenceStore } from "../store.js";
import { bucketOf, settingOf, updateBucket } from "./common.js";

type IntegrationHandlers = Required<
  Pick<
    ObsHandlers,
    | "putBucketLogging"
    | "getBucketLogging"
    | "putBucketNotification"
    | "getBucketNotification"
    | "putBucketReplication"
    | "getBucketReplication"
    | "deleteBucketReplication"
    | "putBucketCustomDomain"
    | "getBucketCustomDomain"
    | "deleteBucketCustomDomain"
  >
>;

/**
 * A bucket's settings about other systems: where its access logs go, its event notifications,
 * its cross-region replication and its custom domains. Each is checked, kept and answered as its
 * page says; the reference server does not act on them (it delivers, notifies and replicates
 * nothing, and serves no custom domain), as the README says.
 */
export function integrationHandlers(store: ReferenceStore): IntegrationHandlers {
  return {
    putBucketLogging(input) {
      const target = input.loggingEnabled?.targetBucket;
      if (target !== undefined && store.getBucket(target)?.owner !== bucketOf(store, input.bucket).owner)
        throw new ObsError(
          "InvalidTargetBucketForLogging",
          "The target bucket for logging does not exist or is not owned by you.",
          400,
        );
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, logging: input.loggingEnabled }));
    },

    getBucketLogging: (input) => ({ loggingEnabled: bucketOf(store, input.bucket).logging }),

    putBucketNotification(input) {
      // An Id left out is assigned one, as the page says.
      const topics = (input.topicConfigurations ?? []).map((topic) => ({
        ...topic,
        id: topic.id ?? randomBytes(8).toString("hex"),
      }));
      return updateBucket(store, input.bucket, (bucket) => ({
        ...bucket,
        notification: topics.length > 0 ? topics : undefined,
      }));
    },

    getBucketNotification: (input) => ({ topicConfigurations: bucketOf(store, input.bucket).notification ?? [] }),

    putBucketReplication(input) {
      const ids = input.rules.flatMap((rule) => rule.id ?? []);
      if (new Set(ids).size !== ids.length)
        throw new ObsError("InvalidArgument", "Two replication rules have one ID.", 400);
      return updateBucket(store, input.bucket, (bucket) => ({
        ...bucket,
        replication: { agency: input.agency, rules: input.rules },
      }));
    },

    getBucketReplication(input) {
      const replication = settingOf(store, input.bucket, "replication");
      return replication;
    },

    deleteBucketReplication: (input) =>
      updateBucket(store, input.bucket, (bucket) => ({ ...bucket, replication: undefined })),

    async putBucketCustomDomain(input) {
      bucketOf(store, input.bucket);
      const name = input.domainName.toLowerCase();
      if (store.listBuckets().some((bucket) => bucket.domains?.some((domain) => domain.name === name)))
        throw new ObsError("CustomDomainAreadyExist", "The configured domain already exists.", 400);
      return updateBucket(store, input.bucket, (bucket) => ({
        ...bucket,
        domains: [...(bucket.domains ?? []), { name, createdAt: new Date().toISOString() }],
      }));
    },

    getBucketCustomDomain: (input) => ({
      domains: (bucketOf(store, input.bucket).domains ?? []).map((domain) => ({
        domainName: domain.name,
        createTime: new Date(domain.createdAt),
      })),
    }),

    deleteBucketCustomDomain(input) {
      const name = input.domainName.toLowerCase();
      if (!bucketOf(store, input.bucket).domains?.some((domain) => domain.name === name))
        throw new ObsError("NoSuchCustomDomain", "The requested user domain does not exist.", 404);
      return updateBucket(store, input.bucket, (bucket) => ({
        ...bucket,
        domains: bucket.domains?.filter((domain) => domain.name !== name),
      }));
    },
  };
}
