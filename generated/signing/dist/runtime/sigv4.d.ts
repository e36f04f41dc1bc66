import type { SignableRequest, SigningCredentials } from "./request.js";
export declare const EMPTY_PAYLOAD_SHA256: string;
export declare const V4_ALGORITHM = "AWS4-HMAC-SHA256";
export interface V4Scope {
	/** YYYYMMDD */
	date: string;
	region: string;
	service: string;
}
export declare function scopeString(scope: V4Scope): string;
/** `Date` → `YYYYMMDDTHHMMSSZ`. */
export declare function amzDate(date: Date): string;
/** `YYYYMMDDTHHMMSSZ` → Date, or undefined when malformed (a 31st of April included). */
export declare function parseAmzDate(value: string): Date | undefined;
export declare function canonicalQuery(query: SignableRequest["query"]): string;
/** The canonical request of the V4 Common Request page, over the named signed headers. */
export declare function canonicalRequestV4(request: SignableRequest, signedHeaders: readonly string[], payloadHash: string): string;
export declare function signingKeyV4(secretAccessKey: string, scope: V4Scope): Buffer;
/** What V4 signs: the algorithm, the time, the scope and the canonical request's hash. */
export declare function stringToSignV4(scope: V4Scope, timestamp: string, canonicalRequest: string): string;
export declare function signatureV4(secretAccessKey: string, scope: V4Scope, timestamp: string, canonicalRequest: string): string;
/**
* Signs every header the request carries (they are all the client's own), plus host,
* x-amz-date and x-amz-content-sha256, and adds the Authorization header.
*/
export declare function signV4(request: SignableRequest, credentials: SigningCredentials, region: string, service: string, now: Date, payloadHash?: string): SignableRequest;
export interface ParsedAuthorizationV4 {
	accessKeyId: string;
	scope: V4Scope;
	signedHeaders: string[];
	signature: string;
}
/** Parses `AWS4-HMAC-SHA256 Credential=AK/date/region/service/aws4_request, SignedHeaders=…, Signature=…`. */
export declare function parseAuthorizationV4(header: string): ParsedAuthorizationV4 | undefined;
