import type { IncomingMessage, Server, ServerResponse } from "node:http";

/** Listens on `host:port` (0 picks a free port); resolves with the server's URL, or rejects (the port is taken). */
export async function listenOn(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return `http://${host}:${actualPort}`;
}

/**
 * The health check a load balancer polls. `-` cannot begin a bucket's name, so the path is no
 * bucket's: path-style S3 requests never reach it.
 */
export const HEALTH_PATH = "/-/health";

export interface StopOptions {
  /** How long in-flight requests may take to finish once stopping has begun. */
  graceMs: number;
  log?: ((line: string) => void) | undefined;
  /** What must finish after the last request, before the process exits (the reference server's store). */
  afterClose?: (() => Promise<void>) | undefined;
}

/**
 * Serves `GET /-/health` beside the server's own requests (200 while serving, 503 once stopping,
 * so a load balancer sends nothing new), and stops on SIGTERM or SIGINT: no new connections, the
 * requests in flight finish (the connections still open after `graceMs` are closed), then exit.
 */
export function serveHealthAndStopGracefully(server: Server, options: StopOptions): void {
  let stopping = false;
  const listeners = server.listeners("request") as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners("request");
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === HEALTH_PATH && (req.method === "GET" || req.method === "HEAD")) {
      const body = JSON.stringify({ status: stopping ? "stopping" : "serving" });
      res.writeHead(stopping ? 503 : 200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
        "cache-control": "no-store",
        ...(stopping ? { connection: "close" } : {}),
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    // A request that arrives on a kept-alive connection while stopping is served, and its connection closed after.
    if (stopping) res.shouldKeepAlive = false;
    for (const listener of listeners) listener.call(server, req, res);
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    options.log?.(`${signal}: stopping; requests in flight finish (${options.graceMs} ms at most)`);
    const forced = setTimeout(() => server.closeAllConnections(), options.graceMs);
    forced.unref();
    // A connection whose last request finishes goes idle: closed then, not after the keep-alive timeout.
    const idle = setInterval(() => server.closeIdleConnections(), 50);
    idle.unref();
    server.close(() => {
      clearTimeout(forced);
      clearInterval(idle);
      void (options.afterClose?.() ?? Promise.resolve()).finally(() => {
        options.log?.("stopped");
        process.exit(0);
      });
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
