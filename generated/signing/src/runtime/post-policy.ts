// Copied from runtime/signing/post-policy.ts by `npm run generate`: edit that file, not this one.
import { createHmac } from "node:crypto";
import { hmacHex } from "./encoding.js";
import { signingKeyV4, type V4Scope } from "./sigv4.js";

/**
 * Browser-based authorized POST (the V2 and V4 "Browser-based Authorized POST Request" pages): a
 * form's policy field, the base64 of its JSON, is what is signed. V2: the base64 HMAC-SHA1 of it
 * with the secret key (the `signature` field). V4: the hex HMAC-SHA256 of it with the signing key
 * of the credential's scope (the `x-amz-signature` field).
 */
export function postPolicySignatureV2(secretAccessKey: string, policy: string): string {
  return createHmac("sha1", secretAccessKey).update(policy, "utf8").digest("base64");
}

export function postPolicySignatureV4(secretAccessKey: string, scope: V4Scope, policy: string): string {
  return hmacHex(signingKeyV4(secretAccessKey, scope), policy);
}
