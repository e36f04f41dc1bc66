import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { parseArgs } from "node:util";
import { serveHealthAndStopGracefully } from "../gateway/lifecycle.js";

// lmdb-js leaves one internal promise of a failed commit (a full disk) rejected where no caller can
// observe it; the caller's own promise rejects too and is answered 503. Only that one is ignored:
// any other unhandled rejection still ends the process.
process.on("unhandledRejection", (reason) => {
  if (reason instanceof Error && reason.message.startsWith("Commit failed") && "commitError" in reason) {
    (reason.commitError as Promise<unknown>).catch(() => undefined);
    return;
  }
  throw reason;
});

const usage = `usage: npm run serve -- --port 9000 --data-dir ./data --access-key AK --secret-key SK [--bucket bucket01 …] [--user AK:SK …] [--region us-east-1] [--domain obs.example.com] [--host 127.0.0.1] [--quiet]
       npm run serve -- --port 9000 --access-key AK --secret-key SK --backend http://HOST:PORT --backend-access-key BAK --backend-secret-key BSK
       npm run serve -- --config serve.json

  --bucket  creates the bucket at start if it is missing (repeatable); others are created with PUT Bucket
  --user    another user, AK:SK (repeatable); each owns what it creates, and ACLs say what others may do
  --lifecycle-day-ms       how long a lifecycle rule's day is (default 86400000; shorter to watch rules run)
  --lifecycle-interval-ms  how often the lifecycle rules run (default 60000)
  --restore-ms             how long restoring a Cold object takes (default the page's times by tier)
  --region  where buckets are created: the LocationConstraint PUT Bucket accepts (default us-east-1)

  gateway mode: the same API in front of another S3 service, which keeps everything
  --backend             the backend's endpoint (http or https); --data-dir, --bucket and the
                        reference server's own flags do not apply
  --backend-access-key, --backend-secret-key   what the gateway signs its requests to the backend with (V4)
  --backend-region      the region of the backend's V4 signatures (default us-east-1)
  --backend-lacks       operations the backend does not do, by operationId (comma-separated or repeated),
                        answered 501 NotImplemented without calling it; default the list Ceph RGW lacks
                        (README); "none" forwards every operation
  --access-key, --secret-key, --user           the gateway's own users, who sign their requests to it

  --config  a JSON file of the same flags by name ({"port": 9000, "backend": "http://…", "user": ["AK:SK"]});
            flags on the command line win
  GET /-/health answers 200 while the server serves (503 while it stops); SIGTERM or SIGINT stop it
  gracefully: no new connections, in-flight requests finish (30 s at most).

example: npm run serve -- --port 9000 --data-dir ./data --access-key AK --secret-key SK --bucket bucket01`;

const FLAGS = {
  port: { type: "string" },
  host: { type: "string" },
  "data-dir": { type: "string" },
  bucket: { type: "string", multiple: true },
  region: { type: "string" },
  help: { type: "boolean" },
  "access-key": { type: "string" },
  "secret-key": { type: "string" },
  user: { type: "string", multiple: true },
  "lifecycle-day-ms": { type: "string" },
  "lifecycle-interval-ms": { type: "string" },
  "restore-ms": { type: "string" },
  domain: { type: "string", multiple: true },
  quiet: { type: "boolean" },
  backend: { type: "string" },
  "backend-access-key": { type: "string" },
  "backend-secret-key": { type: "string" },
  "backend-region": { type: "string" },
  "backend-lacks": { type: "string", multiple: true },
  config: { type: "string" },
} as const;

function refuse(why: string): never {
  console.error(`${why}\n\n${usage}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS }>>["values"];
try {
  parsed = parseArgs({ options: FLAGS }).values;
} catch (error) {
  refuse(error instanceof Error ? error.message : String(error));
}
if (parsed.help) {
  console.log(usage);
  process.exit(0);
}
const config = parsed.config === undefined ? {} : readConfig(parsed.config);
/** A flag's value: the command line's, else the config file's. */
const text = (name: keyof typeof FLAGS): string | undefined => {
  const given = parsed[name];
  if (typeof given === "string") return given;
  const configured = config[name];
  return typeof configured === "string" || typeof configured === "number" ? String(configured) : undefined;
};
const list = (name: "bucket" | "user" | "domain" | "backend-lacks"): string[] => {
  const given = parsed[name];
  if (given !== undefined) return given;
  const configured = config[name];
  return Array.isArray(configured) ? configured.map(String) : [];
};
const flag = (name: "quiet"): boolean => parsed[name] ?? config[name] === true;

const port = Number(text("port") ?? "9000");
const host = text("host") ?? "127.0.0.1";
const accessKey = text("access-key");
const secretKey = text("secret-key");
const users = list("user").map((pair) => {
  const colon = pair.indexOf(":");
  return { accessKey: pair.slice(0, colon), secretKey: pair.slice(colon + 1) };
});
const milliseconds = (name: "lifecycle-day-ms" | "lifecycle-interval-ms" | "restore-ms") => {
  const value = text(name);
  if (value !== undefined && !(Number.isSafeInteger(Number(value)) && Number(value) > 0))
    refuse(`--${name} must be a positive whole number of milliseconds.`);
  return value === undefined ? undefined : Number(value);
};
if (!Number.isInteger(port) || port < 0 || port > 65535) refuse("--port must be 0–65535.");
if (!accessKey || !secretKey) refuse("--access-key and --secret-key are required.");
if (users.some((user) => user.accessKey === "" || user.secretKey === "")) refuse("--user takes AK:SK.");
const log = flag("quiet") ? undefined : (line: string) => console.log(line);
const domains = list("domain");

const backend = text("backend");
let server: Server;
let afterClose: (() => Promise<void>) | undefined;
if (backend !== undefined) {
  const backendAccessKey = text("backend-access-key");
  const backendSecretKey = text("backend-secret-key");
  if (!URL.canParse(backend) || !/^https?:$/.test(new URL(backend).protocol))
    refuse("--backend must be an http(s) URL.");
  if (!backendAccessKey || !backendSecretKey) refuse("--backend needs --backend-access-key and --backend-secret-key.");
  const lacks = list("backend-lacks").flatMap((names) => names.split(",").map((name) => name.trim()));
  // Each mode loads only its own code: a gateway loads no store (lmdb and its thread).
  const { startGateway } = await import("../gateway/gateway.js");
  const started = await startGateway(
    {
      backendLacks: lacks.length === 0 ? undefined : lacks.filter((name) => name !== "none"),
      backend: {
        endpoint: backend,
        accessKey: backendAccessKey,
        secretKey: backendSecretKey,
        region: text("backend-region"),
      },
      users: [{ accessKey, secretKey }, ...users],
      domains,
      log,
    },
    port,
    host,
  ).catch((error: unknown) => refuse(error instanceof Error ? error.message : String(error)));
  server = started.server;
  console.log(`OBS gateway listening on ${started.url} (backend: ${backend}; keeps nothing of its own)`);
} else {
  const region = text("region") ?? "us-east-1";
  const dataDir = text("data-dir") ?? "./data";
  const buckets = list("bucket");
  const { startReferenceServer } = await import("./reference-server.js");
  const started = await startReferenceServer(
    {
      dataDir,
      buckets,
      region,
      accessKey,
      secretKey,
      users,
      restoreMs: milliseconds("restore-ms"),
      lifecycle: { dayMs: milliseconds("lifecycle-day-ms"), intervalMs: milliseconds("lifecycle-interval-ms") },
      domains,
      log,
    },
    port,
    host,
  );
  server = started.server;
  afterClose = () => started.store.close();
  console.log(
    `OBS reference server listening on ${started.url} (buckets: ${buckets.join(", ") || "none yet"}; region: ${region}; data: ${dataDir}${domains.length ? `; virtual-hosted: *.${domains.join(", *.")}` : ""})`,
  );
}
serveHealthAndStopGracefully(server, { graceMs: 30_000, log, afterClose });

/** The config file's flags by name; a file that cannot be read or is not a JSON object is refused. */
function readConfig(path: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
    const unknown = Object.keys(value).filter((name) => !(name in FLAGS) || name === "config" || name === "help");
    if (unknown.length > 0) throw new Error(`unknown settings: ${unknown.join(", ")}`);
    return Object.fromEntries(Object.entries(value));
  } catch (error) {
    return refuse(`--config ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
