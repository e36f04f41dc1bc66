/** A response body of a byte-stream operation (GET Object's `body`), read whole into bytes. */
export declare function streamBytes(stream: ReadableStream<Uint8Array>): Promise<Uint8Array>;
/** The body read whole as UTF-8 text. */
export declare function streamText(stream: ReadableStream<Uint8Array>): Promise<string>;
/** The body written to a file (created or truncated), never held whole in memory. */
export declare function streamToFile(stream: ReadableStream<Uint8Array>, path: string): Promise<void>;
