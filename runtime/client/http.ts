import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import { once } from "node:events";
import { finished, Readable } from "node:stream";
import { growingReadsAgent } from "./connection.js";

// One keep-alive pool per protocol for every client of the process, as the AWS SDK's handler keeps.
// Plain connections read with growing reads; TLS reads through its own layer, as Node makes it.
const agents = { "http:": growingReadsAgent({ keepAlive: true }), "https:": new HttpsAgent({ keepAlive: true }) };

/**
 * Writes a stream's chunks as the socket takes them (waiting when it is full). A source may hand
 * over the same memory again once the next chunk is taken (a file read through one buffer): a
 * chunk on memory an earlier write still holds waits for that write. Chunks on fresh memory (a
 * body passed on from another socket, as a gateway's PUT) do not wait for one another.
 */
async function writeChunks(source: AsyncIterable<Uint8Array>, request: ClientRequest): Promise<void> {
  const holding = new Map<ArrayBufferLike, Promise<void>>();
  for await (const chunk of source) {
    await holding.get(chunk.buffer);
    let full = false;
    const written = new Promise<void>((resolve, reject) => {
      full = !request.write(chunk, (error) => (error ? reject(error) : resolve()));
    });
    holding.set(chunk.buffer, written);
    // A failed write fails the request (its error event); here it only stops the loop, at the next chunk on that memory.
    void written.then(
      () => holding.get(chunk.buffer) === written && holding.delete(chunk.buffer),
      () => undefined,
    );
    if (full) await once(request, "drain");
  }
  request.end();
}

/** How much of an answer's body is read ahead of its reader (a 64 KiB read-ahead made a gateway's large GET a fifth slower). */
const READ_AHEAD_BYTES = 1024 * 1024;

/**
 * An answer's body as a web stream, its chunks handed over as the socket read them. Node's
 * `Readable.toWeb` copies each chunk (to detach it from Buffer's shared pool, which a socket's
 * reads do not come from): for an object passed on by a gateway, that copy and its garbage were a
 * tenth of the gateway's time.
 */
function bodyStream(message: IncomingMessage): ReadableStream<Uint8Array> {
  let canceled = false;
  message.pause();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        message.on("data", (chunk: Buffer) => {
          controller.enqueue(chunk);
          if ((controller.desiredSize ?? 0) <= 0) message.pause();
        });
        // An answer cut short (the connection closed before its end) is an error for the reader.
        finished(message, (error) => {
          if (canceled) return;
          if (error) controller.error(error);
          else controller.close();
        });
      },
      pull: () => void message.resume(),
      cancel: (reason: unknown) => {
        canceled = true;
        message.destroy(reason instanceof Error ? reason : undefined);
      },
    },
    { highWaterMark: READ_AHEAD_BYTES, size: (chunk) => chunk.byteLength },
  );
}

/** Statuses and methods whose answer has no body (a Response refuses one). */
const bodiless = (status: number, method: string) => method === "HEAD" || status === 204 || status === 304;

/**
 * The transport's default `fetch`, on `node:http`: the bytes of a response come as the server
 * sent them. The built-in fetch decodes a `Content-Encoding: gzip` body (and fails on one that is
 * not gzip at all, as `response-content-encoding=x-gzip` makes it), which is not what an object
 * store's client may do: S3 clients hand over the stored bytes.
 */
export const nodeFetch: typeof fetch = (input, init = {}) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  const method = init.method ?? "GET";
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise<Response>((resolve, reject) => {
    const request = send(url, {
      method,
      headers,
      agent: url.protocol === "https:" ? agents["https:"] : agents["http:"],
      signal: init.signal ?? undefined,
    });
    request.on("error", reject);
    request.on("response", (message: IncomingMessage) => {
      const answer = new Headers();
      for (const [name, value] of Object.entries(message.headers))
        if (value !== undefined) answer.set(name, Array.isArray(value) ? value.join(", ") : value);
      const status = message.statusCode ?? 500;
      if (bodiless(status, method)) message.resume();
      const body = bodiless(status, method) ? null : bodyStream(message);
      resolve(new Response(body, { status, statusText: message.statusMessage, headers: answer }));
    });
    const body = init.body as Uint8Array | Blob | AsyncIterable<Uint8Array> | null | undefined;
    // A Blob's length is known: send it rather than chunks (S3 servers want a Content-Length).
    if (typeof Blob !== "undefined" && body instanceof Blob && headers["content-length"] === undefined)
      request.setHeader("content-length", String(body.size));
    if (body === undefined || body === null) request.end();
    else if (body instanceof Uint8Array) request.end(body);
    else if (typeof Blob !== "undefined" && body instanceof Blob) {
      const source = Readable.fromWeb(body.stream() as import("node:stream/web").ReadableStream<Uint8Array>);
      source.on("error", (error) => request.destroy(error));
      source.pipe(request);
    } else
      writeChunks(body as AsyncIterable<Uint8Array>, request).catch((error: unknown) =>
        request.destroy(error as Error),
      );
  });
};
