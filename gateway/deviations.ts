import { ObsError, type ObsBackend, type ObsHandlers } from "@obs-toolkit/server";

/**
 * Where backends answer otherwise than the spec, the gateway restores the spec's answer, so its
 * clients see the same whatever is behind it. Each was found by the gateway suite against a real
 * Ceph RGW (Debian's 16.2): test/gateway.test.ts.
 */
export function mendedHandlers(backend: ObsBackend): ObsHandlers {
  return {
    // RGW answers Complete Multipart Upload with an empty <ETag>: the object's ETag is asked for.
    // For an upload that does not exist it answers 500 InternalError: the spec says NoSuchUpload.
    completeMultipartUpload: async (input) => {
      const output = await backend.completeMultipartUpload(input, {}).catch(async (error: unknown) => {
        if (!(error instanceof ObsError) || error.statusCode !== 500) throw error;
        const exists = await backend
          .listParts({ bucket: input.bucket, key: input.key, uploadId: input.uploadId }, {})
          .then(
            () => true,
            (listing: unknown) => !(listing instanceof ObsError && /^NoSuch(Key|Upload)$/.test(listing.code)),
          );
        throw exists ? error : noSuchUpload();
      });
      if (output.eTag !== "") return output;
      const head = await backend.headObject({ bucket: input.bucket, key: input.key, versionId: output.versionId }, {});
      return { ...output, eTag: head.eTag };
    },
    // RGW answers the copy's ETag without its quotes, in both copies' results.
    copyObject: async (input) => {
      const output = await backend.copyObject(input, {});
      return { ...output, eTag: quoted(output.eTag) };
    },
    uploadPartCopy: async (input) => {
      const output = await backend.uploadPartCopy(input, {});
      return { ...output, eTag: quoted(output.eTag) };
    },
    // RGW answers List Parts of an aborted (or never begun) upload with NoSuchKey; the spec says NoSuchUpload.
    listParts: async (input) => {
      try {
        return await backend.listParts(input, {});
      } catch (error) {
        if (error instanceof ObsError && error.code === "NoSuchKey") throw noSuchUpload();
        throw error;
      }
    },
  };
}

/** An ETag as S3 writes it, in double quotes. */
const quoted = (eTag: string) => (eTag.startsWith('"') ? eTag : `"${eTag}"`);

const noSuchUpload = () => new ObsError("NoSuchUpload", "The specified upload does not exist.", 404);

/**
 * The operations Ceph RGW (Debian's 16.2) does not do, found by calling each of the spec's through a
 * gateway over it: OBS's own (quotas, storage information, a default storage class, custom domains,
 * OBS's replication), and what RGW leaves off by default (websites, logging, restores) or answers
 * with a document of another kind (encryption). Forwarded, some would be misread: RGW ignores a
 * sub-resource it does not know and lists the bucket instead. The gateway answers NotImplemented
 * for these without calling the backend; `--backend-lacks` names another set.
 */
export const CEPH_RGW_LACKS: readonly string[] = [
  "GetBucketQuota",
  "PutBucketQuota",
  "GetBucketStorage",
  "GetBucketStorageClass",
  "PutBucketStorageClass",
  "GetBucketCustomDomain",
  "PutBucketCustomDomain",
  "DeleteBucketCustomDomain",
  "GetBucketReplication",
  "PutBucketReplication",
  "DeleteBucketReplication",
  "GetBucketWebsite",
  "PutBucketWebsite",
  "DeleteBucketWebsite",
  "GetBucketLogging",
  "PutBucketLogging",
  "GetBucketEncryption",
  "PutBucketEncryption",
  "DeleteBucketEncryption",
  "RestoreObject",
];
