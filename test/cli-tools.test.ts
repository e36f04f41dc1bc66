import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { HeadBucketCommand, HeadObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startGateway } from "../gateway/gateway.js";
import { AK, SK, closeServer, referenceServer, s3Client } from "./helpers.js";
import { backends, GATEWAY_USER } from "./gateway-backends.js";

const run = promisify(execFile);
const MiB = 1024 * 1024;

/** Debian's tools, found where their packages put them; a missing one fails saying how to install it. */
async function tool(binary: string, debianPackage: string, versionArgs: string[], expected: RegExp): Promise<string> {
  const path = `/usr/bin/${binary}`;
  const fail = (why: string) =>
    new Error(`${why}: install it with \`apt-get update && apt-get install -y ${debianPackage}\` (.ci/run does)`);
  if (!existsSync(path)) throw fail(`${path} is missing`);
  const { stdout, stderr } = await run(path, versionArgs);
  if (!expected.test(stdout + stderr)) throw fail(`${path} is not the expected version (${(stdout + stderr).trim()})`);
  return path;
}

/** A tree of files with spaces and non-ASCII names, 1 byte to 40 MiB: relative path → bytes. */
function makeTree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>([
    ["tiny", Buffer.from("1")],
    ["docs/read me.txt", Buffer.from("plain text with spaces in the name\n")],
    ["docs/ünïcödé 😀.md", randomBytes(1024)],
    ["data/mid file.bin", randomBytes(9 * MiB + 17)],
    ["data/big.bin", randomBytes(40 * MiB)],
  ]);
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return files;
}

function expectSameTree(files: Map<string, Buffer>, root: string): void {
  for (const [path, bytes] of files) {
    expect(existsSync(join(root, path)), path).toBe(true);
    expect(readFileSync(join(root, path)).equals(bytes), path).toBe(true);
  }
}

/** Where the tools send their requests, with what keys, and a client of the storage itself to check what landed. */
interface Target {
  name: string;
  start(): Promise<{ url: string; accessKey: string; secretKey: string; storage: S3Client; stop(): Promise<void> }>;
}

/** The reference server itself, and a gateway over each backend the gateway suites run over. */
const targets: Target[] = [
  {
    name: "the reference server",
    async start() {
      const ref = await referenceServer();
      return { url: ref.url, accessKey: AK, secretKey: SK, storage: s3Client(ref.url), stop: ref.stop };
    },
  },
  ...backends().map((backend): Target => ({
    name: `a gateway over ${backend.name}`,
    async start() {
      const storage = await backend.start();
      const gateway = await startGateway({ backend: storage.options, users: [GATEWAY_USER] }, 0);
      const { endpoint, accessKey, secretKey } = storage.options;
      return {
        url: gateway.url,
        ...GATEWAY_USER,
        storage: s3Client(endpoint, accessKey, secretKey),
        stop: async () => {
          await closeServer(gateway.server);
          await storage.stop();
        },
      };
    },
  })),
];

const exists = (call: Promise<unknown>) =>
  call.then(
    () => true,
    () => false,
  );

describe.each(targets)("everyday S3 tools (Debian's awscli v2, rclone, s3cmd) against $name", (target) => {
  let ref: Awaited<ReturnType<Target["start"]>>;
  let work: string;
  let tree: string;
  let files: Map<string, Buffer>;
  // Names of their own in each run: a backend such as Ceph outlives the run.
  const suffix = randomBytes(3).toString("hex");
  const names = { aws: `aws-bucket-${suffix}`, rclone: `rclone-bucket-${suffix}`, s3cmd: `s3cmd-bucket-${suffix}` };
  const hasBucket = (name: string) => exists(ref.storage.send(new HeadBucketCommand({ Bucket: name })));
  beforeAll(async () => {
    ref = await target.start();
    work = mkdtempSync(join(tmpdir(), "obs-cli-"));
    tree = join(work, "tree");
    files = makeTree(tree);
  });
  afterAll(async () => {
    await ref.stop();
    rmSync(work, { recursive: true, force: true });
  });

  it("aws s3 mb / cp --recursive / ls / sync / presign / rm --recursive / rb", async () => {
    const aws = await tool("aws", "awscli", ["--version"], /aws-cli\/2\./);
    const env = {
      ...process.env,
      AWS_ACCESS_KEY_ID: ref.accessKey,
      AWS_SECRET_ACCESS_KEY: ref.secretKey,
      AWS_DEFAULT_REGION: "us-east-1",
      AWS_CONFIG_FILE: join(work, "aws-config"),
      AWS_SHARED_CREDENTIALS_FILE: join(work, "aws-credentials"),
      AWS_PAGER: "",
    };
    const s3 = (...args: string[]) =>
      run(aws, ["--endpoint-url", ref.url, "s3", ...args], { env, maxBuffer: 16 * MiB }).then((out) => out.stdout);
    await s3("mb", `s3://${names.aws}`);
    await s3("cp", tree, `s3://${names.aws}/tree`, "--recursive");
    const listed = await s3("ls", `s3://${names.aws}/tree/`, "--recursive");
    for (const path of files.keys()) expect(listed).toContain(`tree/${path}`);
    const big = await ref.storage.send(new HeadObjectCommand({ Bucket: names.aws, Key: "tree/data/big.bin" }));
    expect(big.ETag).toMatch(/^"[0-9a-f]{32}-\d+"$/);
    await s3("sync", `s3://${names.aws}/tree`, join(work, "aws-out"));
    expectSameTree(files, join(work, "aws-out"));
    const url = (await s3("presign", `s3://${names.aws}/tree/docs/read me.txt`, "--expires-in", "60")).trim();
    const fetched = await fetch(url);
    expect([fetched.status, await fetched.text()]).toEqual([200, "plain text with spaces in the name\n"]);
    await s3("rm", `s3://${names.aws}`, "--recursive");
    expect((await s3("ls", `s3://${names.aws}`, "--recursive")).trim()).toBe("");
    await s3("rb", `s3://${names.aws}`);
    expect(await hasBucket(names.aws)).toBe(false);
  }, 120_000);

  it("rclone mkdir / copy / ls / cat / delete / rmdir", async () => {
    const rclone = await tool("rclone", "rclone", ["version"], /^rclone v1\./);
    // rclone refuses the AWS_CA_BUNDLE this machine sets for plain http.
    const { AWS_CA_BUNDLE: _bundle, ...base } = process.env;
    const env = {
      ...base,
      RCLONE_CONFIG: join(work, "rclone.conf"),
      RCLONE_CONFIG_OBS_TYPE: "s3",
      RCLONE_CONFIG_OBS_PROVIDER: "Other",
      RCLONE_CONFIG_OBS_ENDPOINT: ref.url,
      RCLONE_CONFIG_OBS_ACCESS_KEY_ID: ref.accessKey,
      RCLONE_CONFIG_OBS_SECRET_ACCESS_KEY: ref.secretKey,
      RCLONE_CONFIG_OBS_REGION: "us-east-1",
      RCLONE_CONFIG_OBS_FORCE_PATH_STYLE: "true",
    };
    const rc = (...args: string[]) => run(rclone, args, { env, maxBuffer: 16 * MiB }).then((out) => out.stdout);
    await rc("mkdir", `obs:${names.rclone}`);
    await rc("copy", tree, `obs:${names.rclone}/tree`);
    const listed = await rc("ls", `obs:${names.rclone}`);
    for (const [path, bytes] of files)
      expect(listed).toMatch(new RegExp(`\\b${bytes.length} tree/${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    expect(await rc("cat", `obs:${names.rclone}/tree/docs/read me.txt`)).toBe("plain text with spaces in the name\n");
    await rc("copy", `obs:${names.rclone}/tree`, join(work, "rclone-out"));
    expectSameTree(files, join(work, "rclone-out"));
    await rc("delete", `obs:${names.rclone}`);
    expect((await rc("ls", `obs:${names.rclone}`)).trim()).toBe("");
    await rc("rmdir", `obs:${names.rclone}`);
    expect(await hasBucket(names.rclone)).toBe(false);
  }, 120_000);

  it("s3cmd mb / put --recursive / ls / get / del", async () => {
    const s3cmd = await tool("s3cmd", "s3cmd", ["--version"], /s3cmd version 2\./);
    const host = new URL(ref.url).host;
    const config = join(work, "s3cmd.cfg");
    writeFileSync(
      config,
      [
        "[default]",
        `access_key = ${ref.accessKey}`,
        `secret_key = ${ref.secretKey}`,
        `host_base = ${host}`,
        `host_bucket = ${host}`,
        "use_https = False",
        "bucket_location = us-east-1",
        "",
      ].join("\n"),
    );
    const cmd = (...args: string[]) =>
      run(s3cmd, ["-c", config, ...args], { maxBuffer: 16 * MiB }).then((out) => out.stdout);
    await cmd("mb", `s3://${names.s3cmd}`);
    await cmd("put", "--recursive", `${tree}/`, `s3://${names.s3cmd}/tree/`);
    const listed = await cmd("ls", "--recursive", `s3://${names.s3cmd}`);
    for (const path of files.keys()) expect(listed).toContain(`s3://${names.s3cmd}/tree/${path}`);
    mkdirSync(join(work, "s3cmd-out/docs"), { recursive: true });
    await cmd("get", `s3://${names.s3cmd}/tree/docs/ünïcödé 😀.md`, join(work, "s3cmd-out/docs/ünïcödé 😀.md"));
    await cmd("get", `s3://${names.s3cmd}/tree/data/big.bin`, join(work, "s3cmd-out/big.bin"));
    expect(
      readFileSync(join(work, "s3cmd-out/docs/ünïcödé 😀.md")).equals(files.get("docs/ünïcödé 😀.md") as Buffer),
    ).toBe(true);
    expect(readFileSync(join(work, "s3cmd-out/big.bin")).equals(files.get("data/big.bin") as Buffer)).toBe(true);
    await cmd("del", "--recursive", "--force", `s3://${names.s3cmd}/`);
    expect((await cmd("ls", "--recursive", `s3://${names.s3cmd}`)).trim()).toBe("");
  }, 120_000);
});
