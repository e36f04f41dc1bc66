import type { Server } from "node:http";
import {
  createObsHttpServer,
  createObsServer,
  ObsError,
  type InitiateMultipartUploadInput,
  type ObsHandlers,
} from "@obs-toolkit/server";
import { INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS } from "@obs-toolkit/validator";
import { newUploadId, UploadStore } from "./upload-store.js";

export interface ReferenceServerOptions {
  dataDir: string;
  /** The store to use instead of one on `dataDir` (tests pass one with a failing file system). */
  store?: UploadStore;
  buckets: string[];
  accessKey: string;
  secretKey: string;
  /** Domains for virtual-hosted requests (`bucket01.obs.example.com`). */
  domains?: string[];
  log?: (line: string) => void;
}

/** The reference backend: the generated server stub with handlers that store uploads durably. */
export function createReferenceHandlers(store: UploadStore, buckets: ReadonlySet<string>): ObsHandlers {
  return {
    async initiateMultipartUpload(input) {
      if (!buckets.has(input.bucket)) throw new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);
      // Everything the request recorded, but the secrets the spec marks x-obs-sensitive.
      const headers: Record<string, string> = {};
      for (const [member, value] of Object.entries(input) as Array<[keyof InitiateMultipartUploadInput, unknown]>) {
        if (typeof value === "string" && member !== "bucket" && member !== "key" && !INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS.has(member)) {
          headers[member] = value;
        }
      }
      const uploadId = newUploadId();
      // Nothing is acknowledged that is not on disk: a failed write answers an error, never a 200.
      await store
        .save({ bucket: input.bucket, key: input.key, uploadId, initiatedAt: new Date().toISOString(), headers, metadata: { ...input.metadata } })
        .catch((error: unknown) => {
          throw storageError(error);
        });
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
  };
}

/** Errors of a full, read-only or missing disk answer 503 (retry later); anything else is an internal error. */
const UNAVAILABLE = new Set(["ENOSPC", "EDQUOT", "EROFS", "EACCES", "EPERM", "ENOTDIR", "ENOENT", "EIO", "EMFILE", "ENFILE"]);

function storageError(error: unknown): ObsError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && UNAVAILABLE.has(code)
    ? new ObsError("ServiceUnavailable", "The upload could not be stored right now; please retry.", 503, { cause: error })
    : new ObsError("InternalError", "We encountered an internal error. Please try again.", 500, { cause: error });
}

/** Starts the reference server on `host:port` (port 0 picks a free one). */
export async function startReferenceServer(options: ReferenceServerOptions, port: number, host = "127.0.0.1"): Promise<{ server: Server; url: string; store: UploadStore }> {
  const store = options.store ?? new UploadStore(options.dataDir);
  const obs = createObsServer({
    handlers: createReferenceHandlers(store, new Set(options.buckets)),
    credentials: (accessKeyId) => (accessKeyId === options.accessKey ? { secretAccessKey: options.secretKey } : undefined),
    domains: options.domains,
  });
  const log = options.log;
  const server = createObsHttpServer(obs, {
    onResponse: log ? (method, url, status, ms) => log(`${new Date().toISOString()} ${method} ${url} ${status} ${ms.toFixed(1)}ms`) : undefined,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return { server, url: `http://${host}:${actualPort}`, store };
}
