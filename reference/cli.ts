import { parseArgs } from "node:util";
import { startReferenceServer } from "./reference-server.js";

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

  --bucket  creates the bucket at start if it is missing (repeatable); others are created with PUT Bucket
  --user    another user, AK:SK (repeatable); each owns what it creates, and ACLs say what others may do
  --lifecycle-day-ms       how long a lifecycle rule's day is (default 86400000; shorter to watch rules run)
  --lifecycle-interval-ms  how often the lifecycle rules run (default 60000)
  --restore-ms             how long restoring a Cold object takes (default the page's times by tier)
  --region  where buckets are created: the LocationConstraint PUT Bucket accepts (default us-east-1)

example: npm run serve -- --port 9000 --data-dir ./data --access-key AK --secret-key SK --bucket bucket01`;

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "9000" },
    host: { type: "string", default: "127.0.0.1" },
    "data-dir": { type: "string", default: "./data" },
    bucket: { type: "string", multiple: true, default: [] },
    region: { type: "string", default: "us-east-1" },
    help: { type: "boolean", default: false },
    "access-key": { type: "string" },
    "secret-key": { type: "string" },
    user: { type: "string", multiple: true, default: [] },
    "lifecycle-day-ms": { type: "string" },
    "lifecycle-interval-ms": { type: "string" },
    "restore-ms": { type: "string" },
    domain: { type: "string", multiple: true, default: [] },
    quiet: { type: "boolean", default: false },
  },
});
const port = Number(values.port);
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const users = values.user.map((pair) => {
  const colon = pair.indexOf(":");
  return { accessKey: pair.slice(0, colon), secretKey: pair.slice(colon + 1) };
});
if (
  !Number.isInteger(port) ||
  port < 0 ||
  port > 65535 ||
  !values["access-key"] ||
  !values["secret-key"] ||
  users.some((user) => user.accessKey === "" || user.secretKey === "") ||
  [values["lifecycle-day-ms"], values["lifecycle-interval-ms"], values["restore-ms"]].some(
    (value) => value !== undefined && !(Number.isSafeInteger(Number(value)) && Number(value) > 0),
  )
) {
  console.error(usage);
  process.exit(2);
}
const { url } = await startReferenceServer(
  {
    dataDir: values["data-dir"],
    buckets: values.bucket,
    region: values.region,
    accessKey: values["access-key"],
    secretKey: values["secret-key"],
    users,
    restoreMs: values["restore-ms"] === undefined ? undefined : Number(values["restore-ms"]),
    lifecycle: {
      dayMs: values["lifecycle-day-ms"] === undefined ? undefined : Number(values["lifecycle-day-ms"]),
      intervalMs: values["lifecycle-interval-ms"] === undefined ? undefined : Number(values["lifecycle-interval-ms"]),
    },
    domains: values.domain,
    log: values.quiet ? undefined : (line) => console.log(line),
  },
  port,
  values.host,
);
console.log(
  `OBS reference server listening on ${url} (buckets: ${values.bucket.join(", ") || "none yet"}; region: ${values.region}; data: ${values["data-dir"]}${values.domain.length ? `; virtual-hosted: *.${values.domain.join(", *.")}` : ""})`,
);
