import type { Server } from "node:http";
import {
  createObsHttpServer,
  createObsServer,
  ObsError,
  type InitiateMultipartUploadInput,
  type ObsHandlers,
  type RequestContext,
} from "@obs-toolkit/server";
import { INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS, type Owner, type StorageClass } from "@obs-toolkit/validator";
import { newUploadId, ReferenceStore, type UploadRecord } from "./store.js";

export interface ReferenceServerOptions {
  dataDir: string;
  /** The store to use instead of one on `dataDir` (tests pass one with a failing file system). */
  store?: ReferenceStore;
  buckets: string[];
  accessKey: string;
  secretKey: string;
  /** Domains for virtual-hosted requests (`bucket01.obs.example.com`). */
  domains?: string[];
  log?: (line: string) => void;
}

/** Errors of a full, read-only or missing disk answer 503 (retry later); anything else is an internal error. */
const UNAVAILABLE = new Set([
  "ENOSPC",
  "EDQUOT",
  "EROFS",
  "EACCES",
  "EPERM",
  "ENOTDIR",
  "EEXIST",
  "ENOENT",
  "EIO",
  "EMFILE",
  "ENFILE",
]);

function storageError(error: unknown): ObsError {
  if (error instanceof ObsError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && UNAVAILABLE.has(code)
    ? new ObsError("ServiceUnavailable", "The upload could not be stored right now; please retry.", 503, {
        cause: error,
      })
    : new ObsError("InternalError", "We encountered an internal error. Please try again.", 500, { cause: error });
}

/** Nothing is acknowledged that is not on disk: a failed write answers an error, never a 200. */
const stored = <T>(work: Promise<T>): Promise<T> =>
  work.catch((error: unknown) => {
    throw storageError(error);
  });

const ownerOf = (accessKey: string): Owner => ({ id: accessKey, displayName: accessKey });

/** The reference backend: the generated server stub with handlers that store uploads durably. */
export function createReferenceHandlers(store: ReferenceStore, buckets: ReadonlySet<string>): ObsHandlers {
  const bucketOf = (bucket: string) => {
    if (!buckets.has(bucket)) throw new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);
    return bucket;
  };
  const uploadOf = (bucket: string, key: string, uploadId: string): UploadRecord => {
    const upload = store.getUpload(bucketOf(bucket), key, uploadId);
    if (!upload)
      throw new ObsError(
        "NoSuchUpload",
        "The specified multipart upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.",
        404,
      );
    return upload;
  };
  const storageClassOf = (upload: UploadRecord) => (upload.headers.storageClass ?? "STANDARD") as StorageClass;
  return {
    async initiateMultipartUpload(input, context: RequestContext) {
      bucketOf(input.bucket);
      // Everything the request recorded, but the secrets the spec marks x-obs-sensitive.
      const headers: Record<string, string> = {};
      for (const [member, value] of Object.entries(input) as Array<[keyof InitiateMultipartUploadInput, unknown]>) {
        if (
          typeof value === "string" &&
          member !== "bucket" &&
          member !== "key" &&
          !INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS.has(member)
        )
          headers[member] = value;
      }
      const uploadId = newUploadId();
      await stored(
        store.initiate({
          bucket: input.bucket,
          key: input.key,
          uploadId,
          initiatedAt: new Date().toISOString(),
          initiator: context.accessKeyId ?? "anonymous",
          headers,
          metadata: { ...input.metadata },
        }),
      );
      return {
        bucket: input.bucket,
        key: input.key,
        uploadId,
        serverSideEncryption: input.serverSideEncryption,
        sseKmsKeyId: input.sseKmsKeyId,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
    },

    async uploadPart(input) {
      const upload = uploadOf(input.bucket, input.key, input.uploadId);
      // An SSE-C upload's parts carry the same key (the key's MD5 was recorded at Initiate).
      if (upload.headers.sseCustomerKeyMd5 !== input.sseCustomerKeyMd5) {
        throw new ObsError(
          "InvalidArgument",
          "The SSE-C headers of a part must be those the multipart upload was initiated with.",
          400,
        );
      }
      const part = await stored(store.putPart(upload, input.partNumber, input.body));
      return {
        eTag: `"${part.etag}"`,
        serverSideEncryption: upload.headers.serverSideEncryption,
        sseKmsKeyId: upload.headers.sseKmsKeyId,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
    },

    async completeMultipartUpload(input) {
      const upload = uploadOf(input.bucket, input.key, input.uploadId);
      const object = await stored(store.complete(upload, input.parts));
      return {
        location: `/${encodeURIComponent(input.bucket)}/${input.key.split("/").map(encodeURIComponent).join("/")}`,
        bucket: input.bucket,
        key: input.key,
        eTag: `"${object.etag}"`,
        serverSideEncryption: upload.headers.serverSideEncryption,
        sseKmsKeyId: upload.headers.sseKmsKeyId,
        sseCustomerAlgorithm: upload.headers.sseCustomerAlgorithm,
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
      const bucket = bucketOf(input.bucket);
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

/** Starts the reference server on `host:port` (port 0 picks a free one). */
export async function startReferenceServer(
  options: ReferenceServerOptions,
  port: number,
  host = "127.0.0.1",
): Promise<{ server: Server; url: string; store: ReferenceStore }> {
  const store = options.store ?? new ReferenceStore(options.dataDir);
  await store.recover();
  const obs = createObsServer({
    handlers: createReferenceHandlers(store, new Set(options.buckets)),
    credentials: (accessKeyId) =>
      accessKeyId === options.accessKey ? { secretAccessKey: options.secretKey } : undefined,
    domains: options.domains,
  });
  const log = options.log;
  const server = createObsHttpServer(obs, {
    onResponse: log
      ? (method, url, status, ms) => log(`${new Date().toISOString()} ${method} ${url} ${status} ${ms.toFixed(1)}ms`)
      : undefined,
  });
  server.on("close", () => void store.close());
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}`, store };
}
