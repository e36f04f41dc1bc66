// Copied from runtime/validator/obs-error.ts by `npm run generate`: edit that file, not this one.
/** An S3 error: what a server answers and what a client throws. */
export class ObsError extends Error {
	code;
	statusCode;
	requestId;
	hostId;
	resource;
	/**
	* Headers the answer carries besides the error's own (lowercase names): a 304 Not Modified
	* answers the object's ETag and Last-Modified. A client sees the response's headers here.
	*/
	headers;
	constructor(code, message, statusCode, details = {}) {
		super(message, details.cause === undefined ? undefined : { cause: details.cause });
		this.name = "ObsError";
		this.code = code;
		this.statusCode = statusCode;
		this.requestId = details.requestId;
		this.hostId = details.hostId;
		this.resource = details.resource;
		this.headers = details.headers ?? {};
	}
}
