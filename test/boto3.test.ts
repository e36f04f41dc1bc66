import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AK, SK, referenceServer } from "./helpers.js";

const run = promisify(execFile);
const PYTHON = "/usr/bin/python3";

/** A script run by Debian's python3 with Debian's python3-boto3 against the server; it prints one JSON line. */
const SCRIPT = `
import json, sys
import boto3
from botocore.client import Config
endpoint, ak, sk, signature = sys.argv[1:5]
c = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=ak, aws_secret_access_key=sk, region_name="us-east-1",
    config=Config(signature_version=signature, s3={"addressing_style": "path"}))
out = {}
out["uploads"] = c.list_multipart_uploads(Bucket="bucket01")["ResponseMetadata"]["HTTPStatusCode"]
c.put_object(Bucket="bucket01", Key="dir/a b.txt", Body=b"boto3 bytes", Metadata={"k": "v"})
out["listed"] = [o["Key"] for o in c.list_objects(Bucket="bucket01", Prefix="dir/").get("Contents", [])]
out["listedV2"] = c.list_objects_v2(Bucket="bucket01", Prefix="dir/")["KeyCount"]
got = c.get_object(Bucket="bucket01", Key="dir/a b.txt", Range="bytes=6-10")
out["range"] = [got["ResponseMetadata"]["HTTPStatusCode"], got["Body"].read().decode()]
out["metadata"] = c.head_object(Bucket="bucket01", Key="dir/a b.txt")["Metadata"]
out["deleted"] = [d["Key"] for d in c.delete_objects(Bucket="bucket01", Delete={"Objects": [{"Key": "dir/a b.txt"}]})["Deleted"]]
out["buckets"] = [b["Name"] for b in c.list_buckets()["Buckets"]]
print(json.dumps(out))
`;

describe("Debian's python3-boto3 against the reference server", () => {
  let ref: Awaited<ReturnType<typeof referenceServer>>;
  beforeAll(async () => {
    ref = await referenceServer();
  });
  afterAll(async () => {
    await ref.stop();
  });

  // Debian's botocore (1.29) signs a path-style V2 request to a bucket as `/bucket01?uploads?uploads`,
  // which no server can match; newer ones sign `/bucket01/?uploads` (auth.test.ts holds the server to it).
  it.each(["s3v4"])("signs with %s, path style, and every call answers", async (signature) => {
    const missing = "install it with `apt-get update && apt-get install -y python3-boto3` (.ci/run does)";
    if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: ${missing}`);
    const check = await run(PYTHON, ["-c", "import boto3"]).catch(() => undefined);
    if (!check) throw new Error(`${PYTHON} has no boto3: ${missing}`);
    const { stdout } = await run(PYTHON, ["-c", SCRIPT, ref.url, AK, SK, signature]);
    expect(JSON.parse(stdout)).toEqual({
      uploads: 200,
      listed: ["dir/a b.txt"],
      listedV2: 1,
      range: [206, "bytes"],
      metadata: { k: "v" },
      deleted: ["dir/a b.txt"],
      buckets: ["bucket01"],
    });
  });
});
