import { ObsClient, ObsError } from "@obs-toolkit/client";
import type { ObsBackend } from "@obs-toolkit/server";

/** Where the gateway keeps everything: an S3-compatible service, and the credentials it signs with. */
export interface BackendOptions {
  endpoint: string;
  accessKey: string;
  secretKey: string;
  region?: string | undefined;
  /** One call's limit, the streamed body included. Default 15 minutes (a large object through a slow link). */
  timeoutMs?: number | undefined;
}

/**
 * The headers of a backend's error answer that keep their meaning for the gateway's client: a 304's
 * validators, a delete marker's flag and version. The rest (length, date, the backend's request ids) are
 * the backend's own, and the gateway writes its own.
 */
const ERROR_HEADERS = ["etag", "last-modified", "x-amz-delete-marker", "x-amz-version-id"];

/**
 * The backend as the gateway calls it: the generated client, signed with V4 and path-style (a
 * backend's name is an address, not a domain with wildcard buckets), whose errors become the
 * gateway's answers. A backend that cannot be reached answers 503 SlowDown, which S3 clients retry;
 * an S3 error keeps its code, status and message.
 */
export function backendClient(options: BackendOptions): ObsBackend {
  const client = new ObsClient({
    endpoint: options.endpoint,
    credentials: { accessKeyId: options.accessKey, secretAccessKey: options.secretKey },
    signatureVersion: "v4",
    region: options.region ?? "us-east-1",
    addressing: "path",
    timeoutMs: options.timeoutMs ?? 15 * 60_000,
  });
  // Every method of the client, its errors restated; anything else of the client as it is.
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        try {
          return await value.apply(target, args);
        } catch (error) {
          throw restated(error);
        }
      };
    },
  });
}

function restated(error: unknown): unknown {
  if (!(error instanceof ObsError)) return error;
  // No answer at all (statusCode 0): the backend is down or too slow.
  if (error.statusCode === 0)
    return new ObsError("SlowDown", `The storage behind this gateway did not answer: ${error.message}`, 503);
  const headers: Record<string, string> = {};
  for (const name of ERROR_HEADERS) {
    const value = error.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  return new ObsError(error.code, error.message, error.statusCode, { headers });
}
