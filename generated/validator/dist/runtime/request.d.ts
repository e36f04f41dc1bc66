/** A request as the validator sees it: already routed, with the bucket and key taken from the host or path. */
export interface ObsRequest {
	bucket?: string | undefined;
	/** The object key, percent-decoded. */
	key?: string | undefined;
	/** Decoded query parameters. */
	query?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
	/** Header names in any case; a repeated header's values as a list or joined with commas. */
	headers?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
	/**
	* The request payload, for operations that take one: the parsed document (`XmlDocument`) of
	* an XML body, or the byte stream of a streamed body. Undefined when there is no body.
	*/
	payload?: unknown;
}
export interface ValidateOptions {
	/** The time the request is received; dates that must lie after it are compared with it. Defaults to now. */
	requestTime?: Date | undefined;
	/**
	* Check the transport headers an operation requires (Content-MD5…). Default true; the client
	* passes false, since its transport adds them after validating.
	*/
	checkTransport?: boolean | undefined;
	/**
	* The headers are already normalized: lowercase names, each value one string (what the server
	* and the client pass, and what `normalizeHeaders` returns). Default false: they are normalized first.
	*/
	headersNormalized?: boolean | undefined;
}
/** Headers by lowercase name, a repeated header's values joined with commas. */
export type NormalizedHeaders = Readonly<Record<string, string | undefined>>;
/** Lowercase names, each value one string (a list joined with commas, as HTTP allows); anything else is no headers. */
export declare function normalizeHeaders(raw: ObsRequest["headers"]): NormalizedHeaders;
/** A request's headers as the validator reads them: normalized here unless `options` says they are. */
export declare function requestHeaders(request: ObsRequest, options: ValidateOptions): NormalizedHeaders;
/** The headers of a family (`x-amz-meta-*`) by the rest of their name, or undefined when there are none. */
export declare function prefixedHeaders(headers: NormalizedHeaders, prefix: string): Record<string, string> | undefined;
/** One broken rule: the S3 error code and status it answers, and where. */
export interface ValidationIssue {
	code: string;
	status: number;
	message: string;
	/** The header, query parameter or path member the issue is about. */
	target: string;
}
/** How a check reports a broken rule. */
export type Fail = (code: string, status: number, target: string, message: string) => void;
export type ValidationResult<T> = {
	ok: true;
	value: T;
} | {
	ok: false;
	errors: ValidationIssue[];
};
/** A header's value as a string: repeated values (an array) joined with commas; anything else is no value. */
export declare function headerValue(raw: unknown): string | undefined;
/** The first string value of a query parameter, or undefined. */
export declare function queryValue(query: ObsRequest["query"], name: string): string | undefined;
