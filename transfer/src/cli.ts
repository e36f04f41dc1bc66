#!/usr/bin/env node
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { ObsError } from "@obs-toolkit/client";
import { CLIENT_OPTIONS, clientFromFlags, objectPath } from "./cli-client.js";
import { parseSize } from "./size.js";
import { UploadError, uploadFile, type UploadProgress } from "./upload.js";

const USAGE = `usage: npm run upload -- <file> <bucket>/<key> --endpoint <url> [--access-key AK --secret-key SK]
       [--part-size 16MiB] [--concurrency 4] [--resume <uploadId>] [--signature v2|v4] [--region r]
       [--addressing path|virtual-hosted] [--abort-on-cancel]
Credentials may come from OBS_ACCESS_KEY_ID / OBS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY),
the endpoint from OBS_ENDPOINT. Ctrl-C stops: the parts are kept and the command prints how to resume
(or, with --abort-on-cancel, the upload is aborted).

example: npm run upload -- ./big.tar bucket01/backups/big.tar --endpoint http://127.0.0.1:9000`;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** The progress display: a bar on a terminal, a plain line per part elsewhere. */
function progressDisplay(total: number, started: number) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format: "{bar} {percentage}% | {done} / {size} | {rate} | ETA {eta_formatted}",
      stream: process.stderr,
      hideCursor: true,
      etaBuffer: 20,
    });
    bar.start(total, 0, { done: mib(0), size: mib(total), rate: "—" });
    return {
      update: (progress: UploadProgress) => {
        const seconds = (performance.now() - started) / 1000;
        bar.update(progress.loaded, {
          done: mib(progress.loaded),
          size: mib(total),
          rate: `${(progress.loaded / 1024 ** 2 / Math.max(seconds, 0.001)).toFixed(1)} MiB/s`,
        });
      },
      stop: () => bar.stop(),
    };
  }
  return {
    update: (progress: UploadProgress) => {
      const seconds = (performance.now() - started) / 1000;
      const rate = progress.loaded / Math.max(seconds, 0.001);
      const eta = rate > 0 ? (total - progress.loaded) / rate : 0;
      const percent = total > 0 ? ((progress.loaded / total) * 100).toFixed(1) : "100.0";
      console.error(
        `part ${progress.part.partNumber}${progress.part.skipped ? " (already there)" : ""}: ${mib(progress.loaded)} / ${mib(total)} (${percent}%), ${(rate / 1024 ** 2).toFixed(1)} MiB/s, ETA ${eta.toFixed(0)} s`,
      );
    },
    stop: () => undefined,
  };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...CLIENT_OPTIONS,
      "part-size": { type: "string" },
      concurrency: { type: "string", default: "4" },
      resume: { type: "string" },
      "abort-on-cancel": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file, target] = positionals;
  const object = objectPath(target);
  const client = clientFromFlags(values);
  if (!file || !object || !client) {
    console.error(USAGE);
    return 2;
  }
  const { bucket, key } = object;
  const cancel = new AbortController();
  process.once("SIGINT", () => cancel.abort(new Error("cancelled (Ctrl-C)")));
  const { size } = await import("node:fs/promises").then((fs) => fs.stat(file));
  const started = performance.now();
  let display: ReturnType<typeof progressDisplay> | undefined;
  try {
    const result = await uploadFile(file, {
      client,
      bucket,
      key,
      partSize: values["part-size"] ? parseSize(values["part-size"]) : undefined,
      concurrency: Number(values.concurrency),
      uploadId: values.resume,
      leavePartsOnError: !values["abort-on-cancel"],
      signal: cancel.signal,
      onProgress: (progress) => display?.update(progress),
      // The id first (what a resume needs), then the progress display.
      onStart: (uploadId: string) => {
        console.error(`upload id: ${uploadId}${values.resume ? " (resuming)" : ""}`);
        display = progressDisplay(size, started);
      },
    });
    display?.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `uploaded ${file} to ${bucket}/${key}: ETag ${result.eTag}, ${result.parts} part(s), ${result.bytesSent} bytes sent${result.bytesSkipped ? `, ${result.bytesSkipped} already there` : ""}, in ${seconds.toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    display?.stop();
    const cause = error instanceof UploadError ? error.cause : error;
    const what =
      cause instanceof ObsError
        ? `${cause.code}: ${cause.message}`
        : cause instanceof Error
          ? cause.message
          : String(cause);
    if (error instanceof UploadError && !error.aborted && error.uploadId) {
      console.error(
        `${cancel.signal.aborted ? "cancelled" : `upload failed: ${what}`}. Parts kept; resume with: --resume ${error.uploadId}`,
      );
    } else
      console.error(cancel.signal.aborted ? "cancelled; the multipart upload was aborted" : `upload failed: ${what}`);
    return cancel.signal.aborted ? 130 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`upload failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
