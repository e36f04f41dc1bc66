import type { SignableRequest, SigningCredentials } from "./request.js";
/** The sub-resources that V2 signing includes in the canonicalized resource (V2 Common Request). */
export declare const V2_SUBRESOURCES: ReadonlySet<string>;
/**
* The V2 StringToSign: verb, Content-MD5, Content-Type, Date (empty when x-amz-date is
* present), the x-amz-* headers sorted and trimmed, then the canonicalized resource.
* `bucketPrefix` is "/bucket" for virtual-hosted requests and "" for path-style ones.
*/
export declare function stringToSignV2(request: SignableRequest, bucketPrefix: string, dateOverride?: string): string;
export declare function signatureV2(secretAccessKey: string, stringToSign: string): string;
/** Adds `Authorization: AWS AK:signature` (and the security token) to the request's headers. */
export declare function signV2(request: SignableRequest, credentials: SigningCredentials, bucketPrefix: string): SignableRequest;
/** `AWS AK:signature` → its parts, or undefined when the header is not of that form. */
export declare function parseAuthorizationV2(header: string): {
	accessKeyId: string;
	signature: string;
} | undefined;
