/**
 * One upload in its own process, so its peak memory is its own:
 * `node --import tsx bench/upload-client.ts <ours|lib-storage> <endpoint> <file> <part-size> <in-flight>`
 * prints `seconds=<s> rss=<peak MiB> etag=<etag>`. Both sides send unsigned payloads checked by a
 * hash the server verifies: lib-storage a CRC32 trailer, ours Content-MD5.
 */
import { createReadStream, readFileSync, statSync } from "node:fs";
import { S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { ObsClient } from "@obs-toolkit/client";
import { uploadFile } from "../transfer/src/index.js";
import { BENCH_AK, BENCH_SK } from "./serve.js";

const [tool = "", endpoint = "", file = "", partSizeText = "", inFlightText = ""] = process.argv.slice(2);
const partSize = Number(partSizeText);
const inFlight = Number(inFlightText);
const credentials = { accessKeyId: BENCH_AK, secretAccessKey: BENCH_SK };
// s3rver answers the whole object's MD5 rather than S3's multipart ETag.
const verifyETag = !process.env.BENCH_S3RVER;
const started = performance.now();
let etag: string | undefined;
if (tool === "ours") {
  const client = new ObsClient({
    endpoint,
    credentials: process.env.BENCH_S3RVER ? { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } : credentials,
    signatureVersion: "v4",
    addressing: "path",
    timeoutMs: 600_000,
    payloadSigning: "unsigned",
  });
  etag = (
    await uploadFile(file, {
      client,
      bucket: "bucket01",
      key: "bench.bin",
      partSize,
      concurrency: inFlight,
      verifyETag,
    })
  ).eTag;
} else {
  const s3 = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: process.env.BENCH_S3RVER ? { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } : credentials,
  });
  const upload = new Upload({
    client: s3,
    params: { Bucket: "bucket01", Key: "bench.bin", Body: createReadStream(file), ContentLength: statSync(file).size },
    partSize,
    queueSize: inFlight,
  });
  etag = (await upload.done()).ETag;
  s3.destroy();
}
const seconds = (performance.now() - started) / 1000;
// VmHWM, not resourceUsage().maxRSS: Linux carries the parent's peak into a spawned child's maxRSS.
const peak = Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? 0) / 1024);
console.log(`seconds=${seconds} rss=${peak} etag=${etag}`);
