import { type SignableRequest } from "@obs-toolkit/signing";
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
/**
 * Verifies a request's V2 or V4 signature, in its Authorization header or in a presigned query;
 * answers the caller's access key, or undefined for an anonymous request that the settings
 * allow. Throws the S3 error to answer otherwise.
 */
export declare function authenticate(
  request: SignableRequest,
  bucketPrefix: string,
  payload: Uint8Array,
  now: Date,
  settings: AuthSettings,
): Promise<string | undefined>;
