import type { SignableRequest, SigningCredentials } from "./request.js";
import { type V4Scope } from "./sigv4.js";
export declare const UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
/** V4 presigned URLs live at most seven days. */
export declare const MAX_PRESIGN_SECONDS: number;
type Query = Array<readonly [string, string]>;
/**
* A V2 presigned request: `AWSAccessKeyId`, `Expires` (seconds since the epoch, which takes the
* Date slot of the StringToSign) and `Signature` in the query.
*/
export declare function presignV2(request: SignableRequest, credentials: SigningCredentials, bucketPrefix: string, expiresAt: Date): SignableRequest;
/** A V4 presigned request: the `X-Amz-*` query of the V4 page, signing `host` (and any headers given) over an unsigned payload. */
export declare function presignV4(request: SignableRequest, credentials: SigningCredentials, region: string, service: string, now: Date, expiresInSeconds: number): SignableRequest;
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
export declare function parsePresignedV4(query: SignableRequest["query"]): PresignedV4 | string | undefined;
/** The V2 query-string fields; undefined when absent, an error message when malformed. */
export declare function parsePresignedV2(query: SignableRequest["query"]): {
	accessKeyId: string;
	expires: string;
	signature: string;
} | string | undefined;
export {};
