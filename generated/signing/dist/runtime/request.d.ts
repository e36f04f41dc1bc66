/** The parts of an HTTP request that a signature covers. */
export interface SignableRequest {
	method: string;
	/** The path exactly as it is sent on the request line (percent-encoded), without the query. */
	path: string;
	/** Decoded query parameters; a flag such as `uploads` has the value "". */
	query: ReadonlyArray<readonly [string, string]>;
	/** Lowercase header names. */
	headers: Record<string, string>;
}
/** What a signer needs to know about the caller. */
export interface SigningCredentials {
	accessKeyId: string;
	secretAccessKey: string;
	securityToken?: string | undefined;
}
