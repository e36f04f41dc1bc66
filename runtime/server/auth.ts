import { ObsError } from "@obs-toolkit/validator";
import {
  canonicalRequestV4,
  parseAmzDate,
  parseAuthorizationV2,
  parseAuthorizationV4,
  sha256Hex,
  signatureV2,
  signatureV4,
  signaturesEqual,
  stringToSignV2,
  type SignableRequest,
} from "@obs-toolkit/signing";

/** A secret and, for temporary credentials, the security token that must come with it. */
export interface StoredCredentials {
  secretAccessKey: string;
  securityToken?: string | undefined;
}

/** Looks up an access key; undefined when it does not exist. */
export type CredentialsLookup = (accessKeyId: string) => StoredCredentials | undefined | Promise<StoredCredentials | undefined>;

export interface AuthSettings {
  credentials: CredentialsLookup | undefined;
  allowAnonymous: boolean;
  maxClockSkewSeconds: number;
  service: string;
}

const denied = (code: string, message: string) => new ObsError(code, message, 403);

/**
 * Verifies a request's V2 or V4 signature; answers the caller's access key, or undefined
 * for an anonymous request that the settings allow. Throws the S3 error to answer otherwise.
 */
export async function authenticate(
  request: SignableRequest,
  bucketPrefix: string,
  payload: Uint8Array,
  now: Date,
  settings: AuthSettings,
): Promise<string | undefined> {
  const authorization = request.headers["authorization"];
  if (authorization === undefined) {
    if (settings.allowAnonymous) return undefined;
    throw denied("AccessDenied", "Anonymous access is forbidden for this operation.");
  }
  const v4 = parseAuthorizationV4(authorization);
  const v2 = v4 ? undefined : parseAuthorizationV2(authorization);
  if (!v4 && !v2) throw denied("AccessDenied", "The Authorization header is malformed.");
  const accessKeyId = (v4?.accessKeyId ?? v2?.accessKeyId) as string;
  const stored = settings.credentials ? await settings.credentials(accessKeyId) : undefined;
  if (!stored) throw denied("InvalidAccessKeyId", "The access key ID you provided does not exist in our records.");

  const time = requestTime(request.headers, v4 !== undefined);
  if (time === undefined) throw denied("AccessDenied", "The request needs a valid Date or x-amz-date header.");
  if (Math.abs(now.getTime() - time.getTime()) > settings.maxClockSkewSeconds * 1000) {
    throw denied("RequestTimeTooSkewed", "The difference between the request time and the server's time is too large.");
  }
  if (stored.securityToken !== undefined && request.headers["x-amz-security-token"] !== stored.securityToken) {
    throw denied("InvalidSecurity", "The provided security credentials are not valid: the security token is missing or wrong.");
  }

  if (v4) {
    const timestamp = request.headers["x-amz-date"] ?? "";
    if (v4.scope.date !== timestamp.slice(0, 8) || v4.scope.service !== settings.service) {
      throw denied("SignatureDoesNotMatch", "The credential scope does not match the request date or service.");
    }
    if (!v4.signedHeaders.includes("host") || v4.signedHeaders.some((name) => request.headers[name] === undefined)) {
      throw denied("SignatureDoesNotMatch", "SignedHeaders must include host and name only headers the request carries.");
    }
    const payloadHash = request.headers["x-amz-content-sha256"] ?? sha256Hex(payload);
    const expected = signatureV4(stored.secretAccessKey, v4.scope, timestamp, canonicalRequestV4(request, v4.signedHeaders, payloadHash));
    if (!signaturesEqual(expected, v4.signature)) {
      throw denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }
  } else if (v2) {
    const expected = signatureV2(stored.secretAccessKey, stringToSignV2(request, bucketPrefix));
    if (!signaturesEqual(expected, v2.signature)) {
      throw denied("SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    }
  }
  return accessKeyId;
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
