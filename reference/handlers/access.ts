import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { PutBucketAclInput } from "@obs-toolkit/validator";
import { cannedGrants, grantee, grantList, headerGrants, type StoredGrant } from "../access/acl.js";
import { bucketGrants, objectGrants } from "../access/guard.js";
import { checkPolicy } from "../access/policy.js";
import type { ReferenceStore } from "../store.js";
import { bucketOf, ownerOf, settingOf, stored, updateBucket } from "./common.js";
import { versionedObject, answeredVersion } from "./objects.js";

type AccessHandlers = Required<
  Pick<
    ObsHandlers,
    | "putBucketAcl"
    | "getBucketAcl"
    | "putObjectAcl"
    | "getObjectAcl"
    | "putBucketPolicy"
    | "getBucketPolicy"
    | "deleteBucketPolicy"
  >
>;

/** What a PUT acl request gives: one of a canned ACL, header grants, or a document (PUT Object acl's is the same). */
type AclInput = Omit<PutBucketAclInput, "bucket">;

/** The ACLs of buckets and objects (PUT replaces one whole, GET answers it with its owner) and bucket policies. */
export function accessHandlers(store: ReferenceStore, knownUser: (id: string) => boolean): AccessHandlers {
  /** The grants a PUT acl request gives, for a resource of `owner` in a bucket of `bucketOwner`. */
  const grantsOf = (input: AclInput, owner: string, bucketOwner: string): StoredGrant[] => {
    const headers = {
      READ: input.grantRead,
      WRITE: input.grantWrite,
      READ_ACP: input.grantReadAcp,
      WRITE_ACP: input.grantWriteAcp,
      FULL_CONTROL: input.grantFullControl,
    };
    const byHeaders = input.acl !== undefined || Object.values(headers).some((value) => value !== undefined);
    if (input.grants !== undefined && byHeaders)
      throw new ObsError("UnexpectedContent", "This request does not support content with ACL headers.", 400);
    if (input.acl !== undefined) return cannedGrants(input.acl, owner, bucketOwner);
    if (byHeaders) return headerGrants(headers, knownUser);
    if (input.grants === undefined)
      throw new ObsError("MissingSecurityHeader", "Your request was missing a required header: x-amz-acl.", 400);
    if (input.owner?.id !== owner)
      throw new ObsError("AccessDenied", "The Owner of an AccessControlPolicy must be the resource's owner.", 403);
    return input.grants.map((grant) => grantee(grant.grantee, grant.permission, knownUser));
  };

  return {
    async putBucketAcl(input) {
      const bucket = bucketOf(store, input.bucket);
      const acl = grantsOf(input, bucket.owner, bucket.owner);
      return updateBucket(store, input.bucket, (record) => ({ ...record, acl }));
    },

    getBucketAcl(input) {
      const bucket = bucketOf(store, input.bucket);
      return { owner: ownerOf(bucket.owner), grants: grantList(bucketGrants(bucket)) };
    },

    async putObjectAcl(input) {
      const bucket = bucketOf(store, input.bucket);
      const object = versionedObject(store, bucket, input);
      const acl = grantsOf(input, object.headers.owner ?? "anonymous", bucket.owner);
      if (
        !(await stored(store.updateObject(input.bucket, input.key, object.versionId, (record) => ({ ...record, acl }))))
      )
        throw new ObsError("NoSuchKey", "The specified key does not exist.", 404);
      return { versionId: answeredVersion(bucket, object) };
    },

    async putBucketPolicy(input) {
      checkPolicy(input.policy, input.bucket);
      return updateBucket(store, input.bucket, (record) => ({ ...record, policy: input.policy }));
    },

    getBucketPolicy(input) {
      const policy = settingOf(store, input.bucket, "policy");
      return { policy };
    },

    async deleteBucketPolicy(input) {
      return updateBucket(store, input.bucket, (record) => ({ ...record, policy: undefined }));
    },

    getObjectAcl(input) {
      const bucket = bucketOf(store, input.bucket);
      const object = versionedObject(store, bucket, input);
      return {
        owner: ownerOf(object.headers.owner ?? "anonymous"),
        grants: grantList(objectGrants(object, bucket.owner)),
        versionId: answeredVersion(bucket, object),
      };
    },
  };
}
