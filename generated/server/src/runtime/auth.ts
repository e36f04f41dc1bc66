// Copied from runtime/server/auth.ts by `npm run generate`: edit that file, not this one.
import { ObsError } from "@obs-toolkit/validator";
import type { ChunkSigning } from "./payload.js";
import {
  canonicalRequestV4,
  parseAmzDate,
  parseAuthorizationV2,
  parseAuthorizationV4,
  parsePresignedV2,
  parsePresignedV4,
  sha256Hex,
  signatureV2,
  signatureV4,
  signingKeyV4,
  signaturesEqual,
  stringToSignV4,
  hmacHex,
  stringToSignV2,
  UNSIGNED_PAYLOAD,
  V2_SUBRESOURCES,
  type PresignedV4,
  type SignableRequest,
  type V4Scope,
} from "@obs-toolkit/signing";

/** A secret and, for temporary credentials, the security token that must come with it. */
export interface StoredCredentials {
  secretAccessKey: string;
  securityToken?: string | undefined;
}

/** Looks up an access key; undefined when it does not exist. */
export type CredentialsLookup = (
  accessKeyId: string,
) => StoredCredentials | undefined | Promise<StoredCredentials | undefined>;

export interface AuthSettings {
  credentials: CredentialsLookup | undefined;
  allowAnonymous: boolean;
  maxClockSkewSeconds: number;
  service: string;
}

const denied = (code: string, message: string) => new ObsError(code, message, 403);

/** Who sent the request, and for V4 header authentication what chunk signatures chain from. */
export interface Authenticated {
  /** The access key, or undefined for an anonymous request the settings allow. */
  accessKeyId: string | undefined;
  signing?: ChunkSigning | undefined;
}

/**
 * Verifies a request's V2 or V4 signature, in its Authorization header or in a presigned query;
 * answers the caller's access key, or undefined for an anonymous request that the settings
 * allow. Throws the S3 error to answer otherwise. The payload itself is verified as it is read
 * (payload.ts): V4 signs its declared hash. `payload` is the body when it was read before
 * authentication; without it, a V4 request must declare `x-amz-content-sha256`.
 */
export async function authenticate(
  request: SignableRequest,
  bucketPrefix: string,
  payload: Uint8Array | undefined,
  now: Date,
  settings: AuthSettings,
): Promise<Authenticated> {
  const authorization = request.headers["authorization"];
  const presignedV4 = parsePresignedV4(request.query);
  const presignedV2 = presignedV4 === undefined ? parsePresignedV2(request.query) : undefined;
  const presigned = presignedV4 ?? presignedV2;
  if (authorization !== undefined && presigned !== undefined) {
    throw new ObsError(
      "InvalidArgument",
      "Only one authentication mechanism is allowed: an Authorization header or a presigned query.",
      400,
    );
  }
  if (typeof presigned === "string") throw denied("AccessDenied", `The presigned query is malformed: ${presigned}`);
  if (presignedV4 !== undefined && typeof presignedV4 !== "string")
    return { accessKeyId: await verifyPresignedV4(request, presignedV4, now, settings) };
  if (presignedV2 !== undefined && typeof presignedV2 !== "string")
    return { accessKeyId: await verifyPresignedV2(request, presignedV2, bucketPrefix, now, settings) };

  if (authorization === undefined) {
    if (settings.allowAnonymous) return { accessKeyId: undefined };
    throw denied("AccessDenied", "Anonymous access is forbidden for this operation.");
  }
  const v4 = parseAuthorizationV4(authorization);
  const v2 = v4 ? undefined : parseAuthorizationV2(authorization);
  if (!v4 && !v2) throw denied("AccessDenied", "The Authorization header is malformed.");
  const accessKeyId = (v4?.accessKeyId ?? v2?.accessKeyId) as string;
  const stored = await lookUp(accessKeyId, request.headers["x-amz-security-token"], settings);

  const time = requestTime(request.headers, v4 !== undefined);
  if (time === undefined) throw denied("AccessDenied", "The request needs a valid Date or x-amz-date header.");
  if (Math.abs(now.getTime() - time.getTime()) > settings.maxClockSkewSeconds * 1000) {
    throw denied("RequestTimeTooSkewed", "The difference between the request time and the server's time is too large.");
  }

  if (v4) {
    const timestamp = request.headers["x-amz-date"] ?? "";
    checkScope(v4.scope, timestamp, v4.signedHeaders, request, settings);
    const declared = request.headers["x-amz-content-sha256"];
    if (declared === undefined && payload === undefined) {
      throw new ObsError("InvalidRequest", "Missing required header for this request: x-amz-content-sha256.", 400);
    }
    // The declared hash is signed; the body is checked against it as it is read.
    const payloadHash = declared ?? sha256Hex(payload ?? new Uint8Array());
    const signingKey = signingKeyV4(stored.secretAccessKey, v4.scope);
    const stringToSign = stringToSignV4(
      v4.scope,
      timestamp,
      canonicalRequestV4(request, v4.signedHeaders, payloadHash),
    );
    if (!signaturesEqual(hmacHex(signingKey, stringToSign), v4.signature)) throw mismatch();
    return { accessKeyId, signing: { signingKey, scope: v4.scope, timestamp, seedSignature: v4.signature } };
  } else if (v2) {
    const signed = v2Resources(request, bucketPrefix).some((candidate) =>
      signaturesEqual(
        signatureV2(stored.secretAccessKey, stringToSignV2(candidate, bucketPrefix, V2_SUBRESOURCES)),
        v2.signature,
      ),
    );
    if (!signed) throw mismatch();
  }
  return { accessKeyId };
}

const mismatch = () =>
  denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");

/** The stored credentials of an access key, whose security token (for temporary keys) must be the one sent. */
async function lookUp(
  accessKeyId: string,
  securityToken: string | undefined,
  settings: AuthSettings,
): Promise<StoredCredentials> {
  const stored = settings.credentials ? await settings.credentials(accessKeyId) : undefined;
  if (!stored) throw denied("InvalidAccessKeyId", "The access key ID you provided does not exist in our records.");
  if (
    stored.securityToken !== undefined &&
    (securityToken === undefined || !signaturesEqual(stored.securityToken, securityToken))
  ) {
    throw denied(
      "InvalidSecurity",
      "The provided security credentials are not valid: the security token is missing or wrong.",
    );
  }
  return stored;
}

function checkScope(
  scope: V4Scope,
  timestamp: string,
  signedHeaders: readonly string[],
  request: SignableRequest,
  settings: AuthSettings,
): void {
  if (scope.date !== timestamp.slice(0, 8) || scope.service !== settings.service) {
    throw denied("SignatureDoesNotMatch", "The credential scope does not match the request date or service.");
  }
  if (!signedHeaders.includes("host") || signedHeaders.some((name) => request.headers[name] === undefined)) {
    throw denied("SignatureDoesNotMatch", "SignedHeaders must include host and name only headers the request carries.");
  }
}

async function verifyPresignedV4(
  request: SignableRequest,
  presigned: PresignedV4,
  now: Date,
  settings: AuthSettings,
): Promise<string> {
  const stored = await lookUp(
    presigned.accessKeyId,
    presigned.securityToken ?? request.headers["x-amz-security-token"],
    settings,
  );
  const signedAt = parseAmzDate(presigned.timestamp);
  if (!signedAt) throw denied("AccessDenied", "X-Amz-Date is not a valid date.");
  if (signedAt.getTime() - now.getTime() > settings.maxClockSkewSeconds * 1000)
    throw denied("AccessDenied", "The presigned URL is not valid yet.");
  if (now.getTime() > signedAt.getTime() + presigned.expiresInSeconds * 1000)
    throw denied("AccessDenied", "Request has expired.");
  checkScope(presigned.scope, presigned.timestamp, presigned.signedHeaders, request, settings);
  const payloadHash = request.headers["x-amz-content-sha256"] ?? UNSIGNED_PAYLOAD;
  const canonical = canonicalRequestV4(
    { ...request, query: presigned.signedQuery },
    presigned.signedHeaders,
    payloadHash,
  );
  if (
    !signaturesEqual(
      signatureV4(stored.secretAccessKey, presigned.scope, presigned.timestamp, canonical),
      presigned.signature,
    )
  )
    throw mismatch();
  return presigned.accessKeyId;
}

async function verifyPresignedV2(
  request: SignableRequest,
  presigned: { accessKeyId: string; expires: string; signature: string },
  bucketPrefix: string,
  now: Date,
  settings: AuthSettings,
): Promise<string> {
  const token =
    request.query.find(([name]) => name === "x-amz-security-token")?.[1] ?? request.headers["x-amz-security-token"];
  const stored = await lookUp(presigned.accessKeyId, token, settings);
  if (now.getTime() > Number(presigned.expires) * 1000) throw denied("AccessDenied", "Request has expired.");
  const signed = v2Resources(request, bucketPrefix).some((candidate) =>
    signaturesEqual(
      signatureV2(stored.secretAccessKey, stringToSignV2(candidate, bucketPrefix, V2_SUBRESOURCES, presigned.expires)),
      presigned.signature,
    ),
  );
  if (!signed) throw mismatch();
  return presigned.accessKeyId;
}

/**
 * The forms of a request a V2 signature may cover: as sent, and for a path-style request to a
 * bucket also with its trailing slash added or dropped. botocore signs `/bucket/` for a request it
 * sends to `/bucket` (and S3 accepts that), so both spellings of the bucket are one resource.
 */
function v2Resources(request: SignableRequest, bucketPrefix: string): SignableRequest[] {
  if (bucketPrefix !== "" || !/^\/[^/]+\/?$/.test(request.path)) return [request];
  const other = request.path.endsWith("/") ? request.path.slice(0, -1) : `${request.path}/`;
  return [request, { ...request, path: other }];
}

/** The signed request time: x-amz-date (ISO basic for V4, RFC 1123 for V2) or Date. */
function requestTime(headers: Record<string, string>, v4: boolean): Date | undefined {
  const amz = headers["x-amz-date"];
  if (v4) return amz === undefined ? undefined : parseAmzDate(amz);
  const value = amz ?? headers["date"];
  if (value === undefined) return undefined;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : new Date(parsed);
}
