import { ObsError, type ObsHandlers, type ObsServerOptions } from "@obs-toolkit/server";
import { isCannedAcl } from "@obs-toolkit/validator";
import type { BucketRecord, ObjectRecord, ReferenceStore } from "../store.js";
import { parseCopySource } from "../reads.js";
import { cannedGrants, granted, type Permission, type StoredGrant } from "./acl.js";
import { evaluatePolicy } from "./policy.js";

/**
 * What an operation asks of its requester, as S3 decides it: its policy action (`s3:GetObject`),
 * on the service (a signed request is enough), the bucket or an object, and what the ACLs must
 * grant when no policy statement speaks (ACL page, Table 3): a permission on the bucket (or being
 * its owner, for its settings), a permission on the object, or a copy's two (WRITE on the target
 * bucket, READ on the source object).
 */
type Need = { action: string } & (
  | { on: "anyone" }
  | { on: "service" }
  | { on: "bucket"; permission: Permission | "owner" }
  | { on: "object"; permission: Permission }
  | { on: "copy" }
  | { on: "form" }
);

const service = (action: string): Need => ({ action, on: "service" });
/** A preflight: browsers send it without credentials, and the bucket's CORS rules decide. */
const anyone: Need = { action: "s3:Options", on: "anyone" };
const owner = (action: string): Need => ({ action, on: "bucket", permission: "owner" });
const bucket = (action: string, permission: Permission): Need => ({ action, on: "bucket", permission });
const object = (action: string, permission: Permission): Need => ({ action, on: "object", permission });
const copy: Need = { action: "s3:PutObject", on: "copy" };
/** A form upload: its policy's signature names the requester, which the handler finds and `demand`s PUT Object's need of. */
const form: Need = { action: "s3:PutObject", on: "form" };

/** Every operation's need: a new operation in the spec does not compile here until it has one. */
const NEEDS: Record<keyof ObsHandlers, Need> = {
  listBuckets: service("s3:ListAllMyBuckets"),
  putBucket: service("s3:CreateBucket"),
  headBucket: bucket("s3:ListBucket", "READ"),
  deleteBucket: owner("s3:DeleteBucket"),
  getBucketLocation: owner("s3:GetBucketLocation"),
  listObjects: bucket("s3:ListBucket", "READ"),
  listObjectsV2: bucket("s3:ListBucket", "READ"),
  listObjectVersions: bucket("s3:ListBucketVersions", "READ"),
  listMultipartUploads: bucket("s3:ListBucketMultipartUploads", "READ"),
  getBucketAcl: bucket("s3:GetBucketAcl", "READ_ACP"),
  putBucketAcl: bucket("s3:PutBucketAcl", "WRITE_ACP"),
  putBucketPolicy: owner("s3:PutBucketPolicy"),
  getBucketPolicy: owner("s3:GetBucketPolicy"),
  deleteBucketPolicy: owner("s3:DeleteBucketPolicy"),
  putBucketVersioning: owner("s3:PutBucketVersioning"),
  getBucketVersioning: owner("s3:GetBucketVersioning"),
  putBucketTagging: owner("s3:PutBucketTagging"),
  getBucketTagging: owner("s3:GetBucketTagging"),
  // The DELETE Bucket tagging page: s3:PutBucketTagging.
  deleteBucketTagging: owner("s3:PutBucketTagging"),
  putBucketStorageClass: owner("s3:PutBucketStoragePolicy"),
  getBucketStorageClass: owner("s3:GetBucketStoragePolicy"),
  putBucketQuota: owner("s3:PutBucketQuota"),
  getBucketQuota: owner("s3:GetBucketQuota"),
  getBucketStorage: owner("s3:GetBucketStorage"),
  putBucketRequestPayment: owner("s3:PutBucketRequestPayment"),
  getBucketRequestPayment: owner("s3:GetBucketRequestPayment"),
  putBucketObjectLock: owner("s3:PutBucketObjectLockConfiguration"),
  getBucketObjectLock: owner("s3:GetBucketObjectLockConfiguration"),
  putObjectRetention: object("s3:PutObjectRetention", "WRITE_ACP"),
  putBucketEncryption: owner("s3:PutEncryptionConfiguration"),
  getBucketEncryption: owner("s3:GetEncryptionConfiguration"),
  deleteBucketEncryption: owner("s3:PutEncryptionConfiguration"),
  putBucketWebsite: owner("s3:PutBucketWebsite"),
  getBucketWebsite: owner("s3:GetBucketWebsite"),
  deleteBucketWebsite: owner("s3:DeleteBucketWebsite"),
  putBucketLogging: owner("s3:PutBucketLogging"),
  getBucketLogging: owner("s3:GetBucketLogging"),
  putBucketNotification: owner("s3:PutBucketNotification"),
  getBucketNotification: owner("s3:GetBucketNotification"),
  putBucketReplication: owner("s3:PutReplicationConfiguration"),
  getBucketReplication: owner("s3:GetReplicationConfiguration"),
  deleteBucketReplication: owner("s3:DeleteReplicationConfiguration"),
  putBucketCustomDomain: owner("s3:PutBucketCustomDomainConfiguration"),
  getBucketCustomDomain: owner("s3:GetBucketCustomDomainConfiguration"),
  deleteBucketCustomDomain: owner("s3:DeleteBucketCustomDomainConfiguration"),
  restoreObject: bucket("s3:RestoreObject", "WRITE"),
  putBucketLifecycle: owner("s3:PutLifecycleConfiguration"),
  getBucketLifecycle: owner("s3:GetLifecycleConfiguration"),
  deleteBucketLifecycle: owner("s3:PutLifecycleConfiguration"),
  putBucketCors: owner("s3:PutBucketCORS"),
  getBucketCors: owner("s3:GetBucketCORS"),
  deleteBucketCors: owner("s3:PutBucketCORS"),
  optionsBucket: anyone,
  optionsObject: anyone,
  putObject: bucket("s3:PutObject", "WRITE"),
  postObject: form,
  deleteObject: bucket("s3:DeleteObject", "WRITE"),
  deleteObjects: bucket("s3:DeleteObject", "WRITE"),
  getObject: object("s3:GetObject", "READ"),
  headObject: object("s3:GetObject", "READ"),
  getObjectAcl: object("s3:GetObjectAcl", "READ_ACP"),
  putObjectAcl: object("s3:PutObjectAcl", "WRITE_ACP"),
  copyObject: copy,
  initiateMultipartUpload: bucket("s3:PutObject", "WRITE"),
  uploadPart: bucket("s3:PutObject", "WRITE"),
  uploadPartCopy: copy,
  completeMultipartUpload: bucket("s3:PutObject", "WRITE"),
  abortMultipartUpload: bucket("s3:AbortMultipartUpload", "WRITE"),
  listParts: bucket("s3:ListMultipartUploadParts", "WRITE"),
};

/** A bucket's grants: its ACL, or `private` (its owner's FULL_CONTROL). */
export const bucketGrants = (record: BucketRecord): StoredGrant[] =>
  record.acl ?? cannedGrants("private", record.owner);

/** An object's grants: the ACL PUT Object acl set, or the canned ACL it was written with. */
export function objectGrants(record: ObjectRecord, bucketOwner: string): StoredGrant[] {
  const canned = record.headers.acl;
  const owner = record.headers.owner ?? "anonymous";
  return (
    record.acl ?? cannedGrants(canned !== undefined && isCannedAcl(canned) ? canned : "private", owner, bucketOwner)
  );
}

const denied = () => new ObsError("AccessDenied", "Access Denied", 403);

/** What the guard reads of a request. */
export interface Target {
  bucket?: string | undefined;
  key?: string | undefined;
  versionId?: string | undefined;
  copySource?: string | undefined;
  prefix?: string | undefined;
  delimiter?: string | undefined;
  maxKeys?: string | undefined;
}

/** Who asks, and from where. */
export interface Caller {
  accessKeyId: string | undefined;
  remoteAddress: string | undefined;
}

/** The server stub's `authorize` stage's request, as core.ts hands it over. */
type AuthorizeRequest = Parameters<NonNullable<ObsServerOptions<ObsHandlers>["authorize"]>>[0];

const handlerName = (operationId: string) =>
  (operationId.charAt(0).toLowerCase() + operationId.slice(1)) as keyof ObsHandlers;

/**
 * Access control for the server stub's `authorize` stage, before a request is validated or its
 * body read: its requester (the access key; anonymous when unsigned) may do what NEEDS says of
 * its operation, by the bucket's policy first (an explicit Deny refuses, an Allow lets through),
 * then the ACLs; AccessDenied otherwise. A bucket or object that is not there is the handler's to
 * answer (NoSuchBucket; NoSuchKey to a requester who may read the bucket).
 */
export function accessControl(store: ReferenceStore): {
  authorize: (request: AuthorizeRequest) => void;
  /** AccessDenied unless `caller` may do what `operation` needs on `target` (a form upload's requester, once its policy is checked). */
  demand: (operation: keyof ObsHandlers, target: Target, caller: Caller) => void;
} {
  const allows = (record: BucketRecord, requester: string | undefined, permission: Permission | "owner") =>
    requester === record.owner || (permission !== "owner" && granted(bucketGrants(record), requester, permission));

  /** The bucket policy's verdict on `action` over `key` (the bucket itself without one). */
  const policyOf = (record: BucketRecord, action: string, key: string | undefined, target: Target, caller: Caller) =>
    evaluatePolicy(record.policy, {
      action,
      resource: `arn:aws:s3:::${record.name}${key === undefined ? "" : `/${key}`}`,
      requester: caller.accessKeyId,
      keys: {
        "aws:SourceIp": caller.remoteAddress?.replace(/^::ffff:/, ""),
        "aws:SecureTransport": "false",
        "s3:prefix": target.prefix,
        "s3:delimiter": target.delimiter,
        "s3:max-keys": target.maxKeys,
      },
    });

  const mayReadObject = (target: Target, caller: Caller, action: string, permission: Permission) => {
    const requester = caller.accessKeyId;
    const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
    if (!record || target.key === undefined) return true;
    const verdict = policyOf(record, action, target.key, target, caller);
    if (verdict !== undefined) return verdict === "allow";
    const found =
      target.versionId !== undefined
        ? store.getVersion(record.name, target.key, target.versionId)?.object
        : store.getObject(record.name, target.key);
    if (!found) return allows(record, requester, "READ");
    return found.headers.owner === requester || granted(objectGrants(found, record.owner), requester, permission);
  };

  const allowed = (need: Need, target: Target, caller: Caller): boolean => {
    const requester = caller.accessKeyId;
    switch (need.on) {
      case "anyone":
      case "form":
        return true;
      case "service":
        return requester !== undefined;
      case "bucket": {
        const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
        if (!record) return true;
        // The owner keeps its policy's operations whatever the policy says: no policy locks it out.
        if (requester === record.owner && need.action.endsWith("BucketPolicy")) return true;
        const action =
          need.action === "s3:DeleteObject" && target.versionId !== undefined ? "s3:DeleteObjectVersion" : need.action;
        const verdict = policyOf(record, action, target.key, target, caller);
        return verdict !== undefined ? verdict === "allow" : allows(record, requester, need.permission);
      }
      case "object": {
        const action =
          need.action === "s3:GetObject" && target.versionId !== undefined ? "s3:GetObjectVersion" : need.action;
        return mayReadObject(target, caller, action, need.permission);
      }
      case "copy": {
        const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
        if (record) {
          const verdict = policyOf(record, need.action, target.key, target, caller);
          if (verdict === "deny" || (verdict === undefined && !allows(record, requester, "WRITE"))) return false;
        }
        if (target.copySource === undefined) return true;
        let source: ReturnType<typeof parseCopySource>;
        try {
          source = parseCopySource(target.copySource);
        } catch {
          // A copy source that does not parse is the validator's and the handler's to refuse.
          return true;
        }
        return mayReadObject(source, caller, source.versionId ? "s3:GetObjectVersion" : "s3:GetObject", "READ");
      }
    }
  };

  const authorize = (request: AuthorizeRequest) => {
    const need = NEEDS[handlerName(request.operation)];
    const target: Target = {
      bucket: request.bucket,
      key: request.key,
      versionId: request.query["versionId"],
      copySource: request.headers["x-amz-copy-source"],
      prefix: request.query["prefix"],
      delimiter: request.query["delimiter"],
      maxKeys: request.query["max-keys"],
    };
    if (!allowed(need, target, request)) throw denied();
  };
  const demand = (operation: keyof ObsHandlers, target: Target, caller: Caller) => {
    if (!allowed(NEEDS[operation], target, caller)) throw denied();
  };
  return { authorize, demand };
}
