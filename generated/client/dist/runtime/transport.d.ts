import { ObsError, type ObsRequest, type ValidationIssue } from "@obs-toolkit/validator";
import { type SignableRequest } from "@obs-toolkit/signing";
/** How the client reaches and authenticates to the service. */
export interface ObsClientConfig {
  /** Service endpoint, e.g. `https://obs.example.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  credentials: {
    accessKeyId: string;
    secretAccessKey: string;
    securityToken?: string | undefined;
  };
  /** V2 (`AWS AK:signature`) or V4 (`AWS4-HMAC-SHA256`). */
  signatureVersion: "v2" | "v4";
  /** The region V4 signatures are scoped to. Default `us-east-1`. */
  region?: string | undefined;
  /** Bucket in the host name (the default) or as the first path segment. */
  addressing?: "virtual-hosted" | "path" | undefined;
  /** The fetch implementation; the built-in one by default. */
  fetch?: typeof fetch | undefined;
  /** The clock used for signing; tests pin it. */
  now?: (() => Date) | undefined;
  /** Milliseconds one attempt may take, the response body included. Default 30 000. */
  timeoutMs?: number | undefined;
  /** Attempts in all when the network fails, an attempt times out or the server answers 5xx; a 4xx never retries. Default 3. */
  maxAttempts?: number | undefined;
  /** The first retry's backoff; it doubles on each retry (capped at 20×) with full jitter. Default 100 ms. */
  retryDelayMs?: number | undefined;
}
/** Codes of the errors the client raises itself, with statusCode 0: no S3 answer came. */
export declare const CLIENT_ERROR_CODES: {
  readonly network: "NetworkError";
  readonly timeout: "TimeoutError";
};
/** What an operation asks the transport to send. */
export interface OutgoingRequest extends ObsRequest {
  method: string;
  /** Sub-resource flags, sent as `?flag`. */
  subresources: readonly string[];
  query: Readonly<Record<string, string | undefined>>;
  headers: Readonly<Record<string, string | undefined>>;
}
export interface IncomingResponse {
  status: number;
  headers: Headers;
  body: string;
}
/** The URL, and the signable parts of it, for a request under the config's addressing style. */
export declare function buildTarget(
  config: ObsClientConfig,
  request: OutgoingRequest,
): {
  url: URL;
  path: string;
  query: SignableRequest["query"];
  bucketPrefix: string;
};
/**
 * Signs and sends a request; answers the response, or throws the S3 error it carries. Network
 * failures, timeouts and 5xx answers are retried with exponential backoff; 4xx answers never are.
 */
export declare function send(config: ObsClientConfig, request: OutgoingRequest): Promise<IncomingResponse>;
/** The typed error an S3 error response carries; a body that is not an `<Error>` still gives one. */
export declare function errorFromResponse(status: number, headers: Headers, body: string): ObsError;
/** The error a client-side validation failure throws: the same code and status a server would answer. */
export declare function errorFromIssues(issues: readonly ValidationIssue[]): ObsError;
/** Required XML fields of a response, or a typed error naming what is missing. */
export declare function requireXmlFields(
  response: IncomingResponse,
  rootName: string,
  required: readonly string[],
): Record<string, string>;
