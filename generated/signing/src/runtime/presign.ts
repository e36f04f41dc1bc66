// Copied from runtime/signing/presign.ts by `npm run generate`: edit that file, not this one.
import type { SignableRequest, SigningCredentials } from "./request.js";
import { signatureV2, stringToSignV2 } from "./sigv2.js";
import { amzDate, canonicalRequestV4, scopeString, signatureV4, V4_ALGORITHM, type V4Scope } from "./sigv4.js";

export const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
/** V4 presigned URLs live at most seven days. */
export const MAX_PRESIGN_SECONDS: number = 7 * 24 * 3600;

type Query = Array<readonly [string, string]>;

/**
 * A V2 presigned request: `AWSAccessKeyId`, `Expires` (seconds since the epoch, which takes the
 * Date slot of the StringToSign) and `Signature` in the query. `subResources` as for `signV2`.
 */
export function presignV2(
  request: SignableRequest,
  credentials: SigningCredentials,
  bucketPrefix: string,
  expiresAt: Date,
  subResources: ReadonlySet<string>,
): SignableRequest {
  const expires = String(Math.floor(expiresAt.getTime() / 1000));
  const headers = { ...request.headers };
  delete headers["date"];
  delete headers["x-amz-date"];
  const signature = signatureV2(
    credentials.secretAccessKey,
    stringToSignV2({ ...request, headers }, bucketPrefix, subResources, expires),
  );
  const query: Query = [
    ...request.query,
    ["AWSAccessKeyId", credentials.accessKeyId],
    ["Expires", expires],
    ["Signature", signature],
  ];
  if (credentials.securityToken) query.push(["x-amz-security-token", credentials.securityToken]);
  return { ...request, headers, query };
}

/** A V4 presigned request: the `X-Amz-*` query of the V4 page, signing `host` (and any headers given) over an unsigned payload. */
export function presignV4(
  request: SignableRequest,
  credentials: SigningCredentials,
  region: string,
  service: string,
  now: Date,
  expiresInSeconds: number,
): SignableRequest {
  const timestamp = amzDate(now);
  const scope: V4Scope = { date: timestamp.slice(0, 8), region, service };
  const headers = { ...request.headers };
  delete headers["authorization"];
  const signedHeaders = Object.keys(headers).sort();
  const query: Query = [
    ...request.query,
    ["X-Amz-Algorithm", V4_ALGORITHM],
    ["X-Amz-Credential", `${credentials.accessKeyId}/${scopeString(scope)}`],
    ["X-Amz-Date", timestamp],
    ["X-Amz-Expires", String(expiresInSeconds)],
    ["X-Amz-SignedHeaders", signedHeaders.join(";")],
  ];
  if (credentials.securityToken) query.push(["X-Amz-Security-Token", credentials.securityToken]);
  const signature = signatureV4(
    credentials.secretAccessKey,
    scope,
    timestamp,
    canonicalRequestV4({ ...request, headers, query }, signedHeaders, UNSIGNED_PAYLOAD),
  );
  return { ...request, headers, query: [...query, ["X-Amz-Signature", signature]] };
}

export interface PresignedV4 {
  accessKeyId: string;
  scope: V4Scope;
  timestamp: string;
  expiresInSeconds: number;
  signedHeaders: string[];
  signature: string;
  securityToken: string | undefined;
  /** The query without X-Amz-Signature: what the signature covers. */
  signedQuery: Query;
}

/** The X-Amz-* fields of a V4 presigned query; undefined when absent, an error message when malformed. */
export function parsePresignedV4(query: SignableRequest["query"]): PresignedV4 | string | undefined {
  const get = (name: string) => query.find(([key]) => key === name)?.[1];
  const algorithm = get("X-Amz-Algorithm");
  if (algorithm === undefined) return undefined;
  if (algorithm !== V4_ALGORITHM) return `X-Amz-Algorithm must be ${V4_ALGORITHM}.`;
  const credential = get("X-Amz-Credential")?.split("/");
  const timestamp = get("X-Amz-Date") ?? "";
  const expires = Number(get("X-Amz-Expires"));
  const signedHeaders = get("X-Amz-SignedHeaders");
  const signature = get("X-Amz-Signature") ?? "";
  if (!credential || credential.length !== 5 || credential[4] !== "aws4_request")
    return "X-Amz-Credential is malformed.";
  if (!/^\d{8}T\d{6}Z$/.test(timestamp)) return "X-Amz-Date is malformed.";
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGN_SECONDS)
    return `X-Amz-Expires must be between 1 and ${MAX_PRESIGN_SECONDS} seconds.`;
  if (!signedHeaders || !/^[0-9a-f]{64}$/.test(signature))
    return "X-Amz-SignedHeaders or X-Amz-Signature is malformed.";
  const [accessKeyId = "", date = "", region = "", service = ""] = credential;
  return {
    accessKeyId,
    scope: { date, region, service },
    timestamp,
    expiresInSeconds: expires,
    signedHeaders: signedHeaders.split(";"),
    signature,
    securityToken: get("X-Amz-Security-Token"),
    signedQuery: query.filter(([key]) => key !== "X-Amz-Signature"),
  };
}

/** The V2 query-string fields; undefined when absent, an error message when malformed. */
export function parsePresignedV2(
  query: SignableRequest["query"],
): { accessKeyId: string; expires: string; signature: string } | string | undefined {
  const get = (name: string) => query.find(([key]) => key === name)?.[1];
  const accessKeyId = get("AWSAccessKeyId");
  const signature = get("Signature");
  if (accessKeyId === undefined && signature === undefined) return undefined;
  const expires = get("Expires") ?? "";
  if (!accessKeyId || !signature || !/^\d+$/.test(expires))
    return "AWSAccessKeyId, Expires and Signature must all be present.";
  return { accessKeyId, expires, signature };
}
