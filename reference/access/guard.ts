import { ObsError, type ObsHandlers, type RequestContext } from "@obs-toolkit/server";
import type { BucketRecord, ObjectRecord, ReferenceStore } from "../store.js";
import { parseCopySource } from "../reads.js";
import { cannedGrants, granted, type Permission, type StoredGrant } from "./acl.js";

/**
 * What an operation asks of its requester, as S3 decides it from ACLs (ACL page, Table 3):
 * a signed request at all (the service's operations), a permission on the bucket (or being its
 * owner, for its settings), a permission on the object, or a copy's two (WRITE on the target
 * bucket, READ on the source object).
 */
type Need =
  | { on: "service" }
  | { on: "bucket"; permission: Permission | "owner" }
  | { on: "object"; permission: Permission }
  | { on: "copy" };

const service: Need = { on: "service" };
const owner: Need = { on: "bucket", permission: "owner" };
const bucket = (permission: Permission): Need => ({ on: "bucket", permission });
const object = (permission: Permission): Need => ({ on: "object", permission });
const copy: Need = { on: "copy" };

/** Every operation's need: a new operation in the spec does not compile here until it has one. */
const NEEDS: Record<keyof ObsHandlers, Need> = {
  listBuckets: service,
  putBucket: service,
  headBucket: bucket("READ"),
  deleteBucket: owner,
  getBucketLocation: owner,
  listObjects: bucket("READ"),
  listObjectsV2: bucket("READ"),
  listObjectVersions: bucket("READ"),
  listMultipartUploads: bucket("READ"),
  getBucketAcl: bucket("READ_ACP"),
  putBucketAcl: bucket("WRITE_ACP"),
  putBucketVersioning: owner,
  getBucketVersioning: owner,
  putBucketTagging: owner,
  getBucketTagging: owner,
  deleteBucketTagging: owner,
  putBucketStorageClass: owner,
  getBucketStorageClass: owner,
  putBucketQuota: owner,
  getBucketQuota: owner,
  getBucketStorage: owner,
  putBucketRequestPayment: owner,
  getBucketRequestPayment: owner,
  putObject: bucket("WRITE"),
  deleteObject: bucket("WRITE"),
  deleteObjects: bucket("WRITE"),
  getObject: object("READ"),
  headObject: object("READ"),
  getObjectAcl: object("READ_ACP"),
  putObjectAcl: object("WRITE_ACP"),
  copyObject: copy,
  initiateMultipartUpload: bucket("WRITE"),
  uploadPart: bucket("WRITE"),
  uploadPartCopy: copy,
  completeMultipartUpload: bucket("WRITE"),
  abortMultipartUpload: bucket("WRITE"),
  listParts: bucket("WRITE"),
};

/** A bucket's grants: its ACL, or `private` (its owner's FULL_CONTROL). */
export const bucketGrants = (record: BucketRecord): StoredGrant[] =>
  record.acl ?? cannedGrants("private", record.owner);

/** An object's grants: the ACL PUT Object acl set, or the canned ACL it was written with. */
export function objectGrants(record: ObjectRecord, bucketOwner: string): StoredGrant[] {
  const canned = record.headers.acl;
  const owner = record.headers.owner ?? "anonymous";
  return record.acl ?? cannedGrants(isCanned(canned) ? canned : "private", owner, bucketOwner);
}
const isCanned = (acl: string | undefined): acl is Parameters<typeof cannedGrants>[0] =>
  acl !== undefined &&
  [
    "private",
    "public-read",
    "public-read-write",
    "authenticated-read",
    "bucket-owner-read",
    "bucket-owner-full-control",
    "log-delivery-write",
  ].includes(acl);

const denied = () => new ObsError("AccessDenied", "Access Denied", 403);

/** What the guard reads of any operation's input. */
interface Target {
  bucket?: string | undefined;
  key?: string | undefined;
  versionId?: string | undefined;
  copySource?: string | undefined;
}

/**
 * Access control in front of the handlers: each operation's request is let through when its
 * requester (the access key; anonymous when unsigned) has what NEEDS says, and answers
 * AccessDenied otherwise. A bucket or object that is not there is the handler's to answer
 * (NoSuchBucket; NoSuchKey to a requester who may read the bucket).
 */
export function guardHandlers(handlers: ObsHandlers, store: ReferenceStore): ObsHandlers {
  const allows = (record: BucketRecord, requester: string | undefined, permission: Permission | "owner") =>
    requester === record.owner || (permission !== "owner" && granted(bucketGrants(record), requester, permission));

  const mayReadObject = (target: Target, requester: string | undefined, permission: Permission) => {
    const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
    if (!record || target.key === undefined) return true;
    const found =
      target.versionId !== undefined
        ? store.getVersion(record.name, target.key, target.versionId)?.object
        : store.getObject(record.name, target.key);
    if (!found) return allows(record, requester, "READ");
    return found.headers.owner === requester || granted(objectGrants(found, record.owner), requester, permission);
  };

  const authorize = (need: Need, target: Target, requester: string | undefined): boolean => {
    switch (need.on) {
      case "service":
        return requester !== undefined;
      case "bucket": {
        const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
        return !record || allows(record, requester, need.permission);
      }
      case "object":
        return mayReadObject(target, requester, need.permission);
      case "copy": {
        const record = target.bucket === undefined ? undefined : store.getBucket(target.bucket);
        if (record && !allows(record, requester, "WRITE")) return false;
        if (target.copySource === undefined) return true;
        const source = parseCopySource(target.copySource);
        return mayReadObject(source, requester, "READ");
      }
    }
  };

  const guarded: ObsHandlers = {};
  for (const name of Object.keys(NEEDS) as Array<keyof ObsHandlers>) {
    const handler = handlers[name] as ((input: Target, context: RequestContext) => unknown) | undefined;
    if (!handler) continue;
    const need = NEEDS[name];
    const wrapped = (input: Target, context: RequestContext) => {
      if (!authorize(need, input, context.accessKeyId)) throw denied();
      return handler(input, context);
    };
    // Each wrapper takes and answers what its handler does.
    Object.assign(guarded, { [name]: wrapped });
  }
  return guarded;
}
