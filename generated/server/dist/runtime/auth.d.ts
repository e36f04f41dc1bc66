import type { ChunkSigning } from "./payload.js";
import { type SignableRequest } from "@obs-toolkit/signing";
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
export declare function authenticate(request: SignableRequest, bucketPrefix: string, payload: Uint8Array | undefined, now: Date, settings: AuthSettings): Promise<Authenticated>;
