import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import { INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS, type StorageClass } from "@obs-toolkit/validator";
import { multipartEtag, newUploadId, type ObjectRecord, type ReferenceStore, type UploadRecord } from "../store.js";
import { copyRange } from "../reads.js";
import { bucketOf, customerKeyOf, locationOf, ownerOf, recordedHeaders, stored } from "./common.js";
import { defaultStorageClassOf, encryptionOf } from "./configuration.js";
import { retentionHeaders } from "./worm.js";
import { answeredVersion, definedOnly } from "./objects.js";
import { copySourceOf } from "./objects.js";

type MultipartHandlers = Required<
  Pick<
    ObsHandlers,
    | "initiateMultipartUpload"
    | "uploadPart"
    | "completeMultipartUpload"
    | "listParts"
    | "abortMultipartUpload"
    | "listMultipartUploads"
    | "uploadPartCopy"
  >
>;

/** An SSE-C upload's parts carry the same key (the key's MD5 was recorded at Initiate). */
function checkPartKey(upload: UploadRecord, input: { sseCustomerKeyMd5?: string | undefined }): void {
  if (upload.headers.sseCustomerKeyMd5 !== input.sseCustomerKeyMd5)
    throw new ObsError(
      "InvalidArgument",
      "The SSE-C headers of a part must be those the multipart upload was initiated with.",
      400,
    );
}

/** The multipart upload family: uploads and parts kept durably, completed into an object without a copy. */
export function multipartHandlers(store: ReferenceStore): MultipartHandlers {
  const uploadOf = (bucket: string, key: string, uploadId: string): UploadRecord => {
    bucketOf(store, bucket);
    const upload = store.getUpload(bucket, key, uploadId);
    if (!upload)
      throw new ObsError(
        "NoSuchUpload",
        "The specified multipart upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
        404,
      );
    return upload;
  };
  /** A Complete retried after it succeeded, with the same parts: the object it made (S3 answers it again). */
  const repeatedComplete = (input: {
    bucket: string;
    key: string;
    uploadId: string;
    parts: ReadonlyArray<{ eTag: string }>;
  }): ObjectRecord | undefined => {
    // A completed upload is no longer in progress: the one record says which it was.
    const object = store.completedUpload(input.bucket, input.key, input.uploadId);
    return object && object.etag === multipartEtag(input.parts.map((part) => part.eTag)) ? object : undefined;
  };
  const storageClassOf = (upload: UploadRecord) => (upload.headers.storageClass ?? "STANDARD") as StorageClass;
  return {
    async initiateMultipartUpload(input, context) {
      const bucket = bucketOf(store, input.bucket);
      const storageClass = input.storageClass ?? defaultStorageClassOf(bucket);
      const retention = retentionHeaders(bucket, input, new Date());
      const encryption = encryptionOf(bucket, input);
      const uploadId = newUploadId();
      await stored(
        store.initiate({
          bucket: input.bucket,
          key: input.key,
          uploadId,
          initiatedAt: new Date().toISOString(),
          initiator: context.accessKeyId ?? "anonymous",
          // Everything the request recorded, but the secrets the spec marks x-obs-sensitive.
          headers: {
            ...recordedHeaders(input, INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS),
            ...retention,
            ...definedOnly(encryption),
            storageClass,
          },
          metadata: { ...input.metadata },
        }),
      );
      return {
        bucket: input.bucket,
        key: input.key,
        uploadId,
        ...encryption,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
    },

    async uploadPart(input) {
      const upload = uploadOf(input.bucket, input.key, input.uploadId);
      checkPartKey(upload, input);
      const part = await stored(store.putPart(upload, input.partNumber, input.body, customerKeyOf(input)));
      return {
        eTag: `"${part.etag}"`,
        serverSideEncryption: upload.headers.serverSideEncryption,
        sseKmsKeyId: upload.headers.sseKmsKeyId,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
    },

    async uploadPartCopy(input) {
      const upload = uploadOf(input.bucket, input.key, input.uploadId);
      checkPartKey(upload, input);
      for (let attempt = 0; attempt < 5; attempt++) {
        const { object: source, customer } = copySourceOf(store, input);
        const body = await store.openObject(source, copyRange(input.copySourceRange, source.size), customer);
        if (!body) continue;
        const part = await stored(store.putPart(upload, input.partNumber, body, customerKeyOf(input)));
        return {
          eTag: `"${part.etag}"`,
          lastModified: new Date(part.lastModified),
          serverSideEncryption: upload.headers.serverSideEncryption,
          sseKmsKeyId: upload.headers.sseKmsKeyId,
          sseCustomerAlgorithm: input.sseCustomerAlgorithm,
          sseCustomerKeyMd5: input.sseCustomerKeyMd5,
        };
      }
      throw new ObsError("ServiceUnavailable", "The source is being rewritten; please retry.", 503);
    },

    async completeMultipartUpload(input) {
      const object =
        repeatedComplete(input) ??
        (await stored(store.complete(uploadOf(input.bucket, input.key, input.uploadId), input.parts)));
      return {
        location: locationOf(input.bucket, input.key),
        bucket: input.bucket,
        key: input.key,
        eTag: `"${object.etag}"`,
        versionId: answeredVersion(store.getBucket(input.bucket), object),
        serverSideEncryption: object.headers.serverSideEncryption,
        sseKmsKeyId: object.headers.sseKmsKeyId,
        sseCustomerAlgorithm: object.headers.sseCustomerAlgorithm,
      };
    },

    listParts(input) {
      const upload = uploadOf(input.bucket, input.key, input.uploadId);
      const marker = input.partNumberMarker ?? 0;
      const max = input.maxParts ?? 1000;
      const { parts, truncated } = store.listParts(upload.uploadId, marker, max);
      return {
        bucket: upload.bucket,
        key: upload.key,
        uploadId: upload.uploadId,
        initiator: ownerOf(upload.initiator),
        owner: ownerOf(upload.initiator),
        storageClass: storageClassOf(upload),
        partNumberMarker: marker,
        nextPartNumberMarker: parts[parts.length - 1]?.partNumber ?? marker,
        maxParts: max,
        isTruncated: truncated,
        parts: parts.map((part) => ({
          partNumber: part.partNumber,
          lastModified: new Date(part.lastModified),
          eTag: `"${part.etag}"`,
          size: part.size,
        })),
      };
    },

    async abortMultipartUpload(input) {
      uploadOf(input.bucket, input.key, input.uploadId);
      await stored(store.abort(input.bucket, input.key, input.uploadId));
      return {};
    },

    listMultipartUploads(input) {
      const { name: bucket } = bucketOf(store, input.bucket);
      const max = input.maxUploads ?? 1000;
      const page = store.listUploads(bucket, {
        prefix: input.prefix ?? "",
        delimiter: input.delimiter || undefined,
        keyMarker: input.keyMarker,
        uploadIdMarker: input.uploadIdMarker,
        max,
      });
      const last = page.uploads[page.uploads.length - 1];
      const lastPrefix = page.commonPrefixes[page.commonPrefixes.length - 1];
      // The next page starts after whichever came last, an upload or a common prefix.
      const nextKeyMarker =
        lastPrefix !== undefined && (last === undefined || lastPrefix > last.key) ? lastPrefix : last?.key;
      return {
        bucket,
        keyMarker: input.keyMarker ?? "",
        uploadIdMarker: input.uploadIdMarker ?? "",
        nextKeyMarker: page.truncated ? nextKeyMarker : undefined,
        nextUploadIdMarker: page.truncated && nextKeyMarker === last?.key ? last?.uploadId : undefined,
        delimiter: input.delimiter,
        prefix: input.prefix,
        maxUploads: max,
        isTruncated: page.truncated,
        uploads: page.uploads.map((upload) => ({
          key: upload.key,
          uploadId: upload.uploadId,
          initiator: ownerOf(upload.initiator),
          owner: ownerOf(upload.initiator),
          storageClass: storageClassOf(upload),
          initiated: new Date(upload.initiatedAt),
        })),
        commonPrefixes: page.commonPrefixes.map((prefix) => ({ prefix })),
      };
    },
  };
}
