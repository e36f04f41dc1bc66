import type { IncomingMessage, ServerResponse } from "node:http";
import type { ObsServer } from "./core.js";

/** Largest body read from a request; these operations take none, so this only bounds abuse. */
const MAX_BODY_BYTES = 1024 * 1024;

/** A `node:http` request listener serving an ObsServer. */
export function createNodeListener(server: ObsServer, onResponse?: (method: string, url: string, status: number, ms: number) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on("error", () => res.destroy());
    req.on("end", () => {
      server
        .handle({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers, body: Buffer.concat(chunks) })
        .then((response) => {
          res.writeHead(response.status, response.headers);
          res.end(req.method === "HEAD" ? undefined : response.body);
          onResponse?.(req.method ?? "GET", req.url ?? "/", response.status, performance.now() - started);
        })
        .catch(() => {
          // handle() never rejects; this guards the socket if writing fails.
          if (!res.headersSent) res.writeHead(500);
          res.end();
        });
    });
  };
}
