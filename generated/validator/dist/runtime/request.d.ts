/** A request as the validator sees it: already routed, with the bucket and key taken from the host or path. */
export interface ObsRequest {
	bucket?: string | undefined;
	/** The object key, percent-decoded. */
	key?: string | undefined;
	/** Decoded query parameters. */
	query?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
	/** Header names in any case. */
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
}
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
