import { ObsError, type ObsBackend, type ObsHandlers } from "@obs-toolkit/server";

/**
 * Where backends answer otherwise than the spec, the gateway restores the spec's answer, so its
 * clients see the same whatever is behind it. Each was found by the gateway suite against a real
 * Ceph RGW (Debian's 16.2): test/gateway.test.ts.
 */
export function mendedHandlers(backend: ObsBackend): ObsHandlers {
  return {
    // RGW answers Complete Multipart Upload with an empty <ETag>: the object's ETag is asked for.
    completeMultipartUpload: async (input) => {
      const output = await backend.completeMultipartUpload(input, {});
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
        if (error instanceof ObsError && error.code === "NoSuchKey")
          throw new ObsError("NoSuchUpload", "The specified upload does not exist.", 404);
        throw error;
      }
    },
  };
}

/** An ETag as S3 writes it, in double quotes. */
const quoted = (eTag: string) => (eTag.startsWith('"') ? eTag : `"${eTag}"`);
