import { type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { ObsServer } from "./core.js";
/** What the HTTP layer refuses before a request reaches the operation. */
export interface ObsHttpLimits {
	/** The request line and headers together, in bytes. Default 8192, S3's limit. */
	maxHeaderBytes?: number | undefined;
	/** Header lines a request may carry. Default 100. */
	maxHeaderCount?: number | undefined;
}
export type ResponseLogger = (method: string, url: string, status: number, ms: number) => void;
/**
* A `node:http` request listener serving an ObsServer. The body is handed over as a stream, read
* as far as the operation needs it (`Expect: 100-continue` is answered by Node). Repeated headers
* are joined with commas (none is dropped, as Node would drop a second Authorization); too many
* headers answer an S3 error without reaching the operation.
*/
export declare function createNodeListener(server: ObsServer, onResponse?: ResponseLogger, limits?: ObsHttpLimits): (req: IncomingMessage, res: ServerResponse) => void;
/**
* A `node:http` server for an ObsServer with S3's limits: 8 KB of request line and headers,
* at most 100 headers, bounded time to receive them; what the parser refuses (a CR or LF in a
* header value, an unknown method, oversized headers) still gets S3 error XML. A request
* without Host is served path-style.
*/
export declare function createObsHttpServer(server: ObsServer, options?: ObsHttpLimits & {
	onResponse?: ResponseLogger | undefined;
}): Server;
