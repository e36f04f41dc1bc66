/** The bytes of a strict, padded base64 string, or undefined when it is not one. */
export declare function decodeBase64(value: string): Buffer | undefined;
/** The base64 MD5 of the bytes another header carries in base64. */
export declare function base64Md5Of(base64Value: string): string | undefined;
/** UTF-8 bytes of a string (a lone surrogate counts 3, as its replacement character is encoded). */
export declare function utf8Length(value: string): number;
/** The number of code points (what JSON Schema's maxLength counts): UTF-16 units less the low halves of pairs. */
export declare function codePointLength(value: string): number;
/** Milliseconds since the epoch of a `YYYY-MM-DDThh:mm:ss[.fff]Z` date, or undefined when it is not one. */
export declare function parseIso8601Utc(value: string): number | undefined;
/** The bucket naming rules of "Naming a Bucket and Object"; the reason it breaks one, or undefined. */
export declare function bucketNameProblem(name: string): string | undefined;
/** Strict base64 whose decoded length is one of `lengths` (any length when omitted). */
export declare function isBase64OfLength(value: string, lengths?: readonly number[]): boolean;
/** Whether the UTF-8 bytes of every name and value of a record together exceed `limit`. */
export declare function recordExceedsUtf8Bytes(record: Readonly<Record<string, string>>, limit: number): boolean;
/** A decimal integer (optional sign, digits only) as a safe integer, or undefined. */
export declare function parseDecimalInteger(text: string): number | undefined;
/** `true` or `false` exactly, or undefined. */
export declare function parseBooleanText(text: string): boolean | undefined;
/** An HTTP-date (or any date `Date.parse` reads), or undefined. */
export declare function parseHttpDate(text: string): Date | undefined;
