/**
 * One benchmark target in its own process, so load generation and server do not share a thread:
 * `node --import tsx bench/serve.ts <bare|bare-file|stub|anonymous|reference|s3rver> <data-dir>` prints `port=<n>`
 * (bare-file serves `<data-dir>/large.bin`); `pipe-proxy <port>` passes every request on to 127.0.0.1:<port>.
 */
import { createReadStream, statSync } from "node:fs";
import { Agent, createServer, request, type Server } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import S3rver from "s3rver";
import { createObsHttpServer, createObsServer, type ObsHandlers, type ObsServerOptions } from "@obs-toolkit/server";
import { startReferenceServer } from "../reference/reference-server.js";

export const BENCH_AK = "BENCHACCESSKEY";
export const BENCH_SK = "bench-secret-key";
/** The answer every target gives: the page's sample result. */
export const RESULT_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<InitiateMultipartUploadResult xmlns="http://obs.example.com/doc/2015-06-30/"><Bucket>bucket01</Bucket><Key>objectkey</Key><UploadId>DCD2FC98B4F70000013DF578ACA318E7</UploadId></InitiateMultipartUploadResult>';

/** The generated stub around an in-memory Initiate Multipart Upload handler. */
function stubServer(auth: Pick<ObsServerOptions<ObsHandlers>, "credentials" | "allowAnonymous">): Server {
  let next = 0;
  return createObsHttpServer(
    createObsServer({
      handlers: {
        initiateMultipartUpload: async (input) => ({
          bucket: input.bucket,
          key: input.key,
          uploadId: (++next).toString(16).toUpperCase().padStart(32, "0"),
        }),
      },
      ...auth,
    }),
  );
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

/** What a signal runs before the process exits: the reference server's store must be closed first. */
let beforeExit: () => Promise<void> = async () => undefined;

async function main(kind: string, dataDir: string): Promise<number> {
  switch (kind) {
    case "bare": {
      // No parsing, no auth: the XML and the headers S3 sends.
      const server = createServer((req, res) => {
        req.resume();
        res.writeHead(200, {
          "content-type": "application/xml",
          "x-amz-request-id": "0001",
          "content-length": Buffer.byteLength(RESULT_XML),
        });
        res.end(RESULT_XML);
      });
      return listen(server);
    }
    case "stub":
      // The generated stub, V4 auth and validation on, an in-memory handler.
      return listen(stubServer({ credentials: (ak) => (ak === BENCH_AK ? { secretAccessKey: BENCH_SK } : undefined) }));
    case "anonymous":
      // The stub again, anonymous requests allowed: what routing, validation and the answer cost without a signature.
      return listen(stubServer({ allowAnonymous: true }));
    case "reference": {
      const { url, server, store } = await startReferenceServer(
        { dataDir, buckets: ["bucket01"], accessKey: BENCH_AK, secretKey: BENCH_SK },
        0,
      );
      // process.exit with an lmdb commit in flight (the load generator's last request) hangs in
      // lmdb's writer thread: stop serving and close the store first.
      beforeExit = async () => {
        server.closeAllConnections();
        server.close();
        await store.close();
      };
      return Number(new URL(url).port);
    }
    case "bare-file": {
      // A file piped with fs.createReadStream for any GET: what node:http alone sends it at.
      const file = join(dataDir, "large.bin");
      const size = statSync(file).size;
      const server = createServer((req, res) => {
        req.resume();
        res.writeHead(200, { "content-type": "application/octet-stream", "content-length": size });
        createReadStream(file).pipe(res);
      });
      return listen(server);
    }
    case "pipe-proxy": {
      // Each request and its answer piped to and from another server as they are: what a Node
      // process in the path costs before it does anything of its own.
      const agent = new Agent({ keepAlive: true });
      const server = createServer((req, res) => {
        const onward = request(
          { host: "127.0.0.1", port: Number(dataDir), method: req.method, path: req.url, headers: req.headers, agent },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        onward.on("error", () => res.destroy());
        req.pipe(onward);
      });
      return listen(server);
    }
    case "s3rver": {
      const server = new S3rver({
        address: "127.0.0.1",
        port: 0,
        silent: true,
        directory: dataDir,
        configureBuckets: [{ name: "bucket01", configs: [] }],
      });
      return (await server.run()).port;
    }
    default:
      throw new Error(`unknown target ${kind}`);
  }
}

// Exit normally on a signal, so that --cpu-prof writes its profile.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void beforeExit().finally(() => process.exit(0)));

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  main(process.argv[2] ?? "", process.argv[3] ?? ".").then(
    (port) => console.log(`port=${port}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
