/** RFC 3986 percent-encoding as S3 signing wants it: every byte but A-Z a-z 0-9 - _ . ~ (and `/` when kept). */
export declare function uriEncode(value: string, keepSlash?: boolean): string;
export declare function sha256Hex(data: string | Uint8Array): string;
export declare function hmac(key: string | Uint8Array, data: string): Buffer;
export declare function hmacHex(key: string | Uint8Array, data: string): string;
/** Compares two signatures in time independent of where they differ. */
export declare function signaturesEqual(expected: string, actual: string): boolean;
/** A header map with lowercase names; repeated headers are joined with commas. */
export type SignableHeaders = Record<string, string>;
/** An empty record for names that come from a request: `constructor` or `__proto__` is a key like any other. */
export declare function emptyRecord<T>(): Record<string, T>;
/**
* The headers by lowercase name, repeated ones joined with commas, from a record (names in any
* case, values a string or a list) or from a raw list `[name, value, name, value…]` (Node's
* `rawHeaders`).
*/
export declare function lowercaseHeaders(headers: Readonly<Record<string, string | readonly string[] | undefined>> | readonly string[]): SignableHeaders;
