/** An S3 error: what a server answers and what a client throws. */
export declare class ObsError extends Error {
	readonly code: string;
	readonly statusCode: number;
	readonly requestId: string | undefined;
	readonly hostId: string | undefined;
	readonly resource: string | undefined;
	/**
	* Headers the answer carries besides the error's own (lowercase names): a 304 Not Modified
	* answers the object's ETag and Last-Modified. A client sees the response's headers here.
	*/
	readonly headers: Readonly<Record<string, string>>;
	constructor(code: string, message: string, statusCode: number, details?: {
		requestId?: string | undefined;
		hostId?: string | undefined;
		resource?: string | undefined;
		headers?: Readonly<Record<string, string>> | undefined;
		cause?: unknown;
	});
}
