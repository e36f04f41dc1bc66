/** RFC 3986 percent-encoding as S3 signing wants it: every byte but A-Z a-z 0-9 - _ . ~ (and `/` when kept). */
export declare function uriEncode(value: string, keepSlash?: boolean): string;
export declare function sha256Hex(data: string | Uint8Array): string;
export declare function hmac(key: string | Uint8Array, data: string): Buffer;
/** Compares two signatures in time independent of where they differ. */
export declare function signaturesEqual(expected: string, actual: string): boolean;
/** A header map with lowercase names; repeated headers are joined with commas. */
export type SignableHeaders = Record<string, string>;
export declare function lowercaseHeaders(headers: Record<string, string | readonly string[] | undefined>): SignableHeaders;
