/** An HTTP response, framework-free. */
export interface ObsHttpResponse {
	status: number;
	headers: Record<string, string>;
	/** Text or bytes; a stream for operations that answer one. */
	body: string | Uint8Array | AsyncIterable<Uint8Array>;
}
/** What every answer to one request carries, whatever stage it comes from. */
export interface Exchange {
	requestId: string;
	hostId: string;
	receivedAt: Date;
	/** The Resource of an error document: `/bucket/key`, known once the target is parsed. */
	resource: string;
	/** A HEAD: its answer has the headers of its GET and no body. */
	headOnly: boolean;
}
/** A new exchange: its ids and the time it was received. */
export declare function beginExchange(receivedAt: Date, headOnly: boolean): Exchange;
/** The response: the operation's headers, then RUNTIME_RESPONSE_HEADERS (response-headers.ts); the body's type and length. */
export declare function answer(exchange: Exchange, status: number, headers: Readonly<Record<string, string | undefined>>, body: ObsHttpResponse["body"], now: Date): ObsHttpResponse;
/**
* The S3 error document for `error` (a bodiless 304 is its headers alone). An error a handler
* threw with only a code takes its status from the catalog; anything but an ObsError is a 500.
*/
export declare function errorAnswer(exchange: Exchange, error: unknown, now: Date): ObsHttpResponse;
