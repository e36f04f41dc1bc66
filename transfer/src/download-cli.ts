#!/usr/bin/env node
import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { ObsError } from "@obs-toolkit/client";
import { CLIENT_OPTIONS, clientFromFlags, objectPath } from "./cli-client.js";
import { DownloadError, downloadFile, type DownloadProgress } from "./download.js";
import { parseSize } from "./size.js";

const USAGE = `usage: npm run download -- <bucket>/<key> <file> --endpoint <url> [--access-key AK --secret-key SK]
       [--part-size 8MiB] [--concurrency 4] [--signature v2|v4] [--region r] [--addressing path|virtual-hosted]
Credentials may come from OBS_ACCESS_KEY_ID / OBS_SECRET_ACCESS_KEY (or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY),
the endpoint from OBS_ENDPOINT. The object arrives in ranged parts in <file>.part, with a record beside it: a
download interrupted (Ctrl-C, a crash) and run again keeps the parts it has. The file is checked (MD5 or the
object's stored checksum) and renamed into place at the end.

example: npm run download -- bucket01/backups/big.tar ./big.tar --endpoint http://127.0.0.1:9000`;

const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;

/** The progress display: a bar on a terminal, a plain line per part elsewhere. */
function progressDisplay(started: number) {
  let bar: SingleBar | undefined;
  return {
    update: (progress: DownloadProgress) => {
      const seconds = (performance.now() - started) / 1000;
      const rate = `${(progress.loaded / 1024 ** 2 / Math.max(seconds, 0.001)).toFixed(1)} MiB/s`;
      if (process.stderr.isTTY) {
        if (!bar) {
          bar = new SingleBar({
            format: "{bar} {percentage}% | {done} / {size} | {rate} | ETA {eta_formatted}",
            stream: process.stderr,
            hideCursor: true,
            etaBuffer: 20,
          });
          bar.start(progress.total, 0, { done: mib(0), size: mib(progress.total), rate: "—" });
        }
        bar.update(progress.loaded, { done: mib(progress.loaded), size: mib(progress.total), rate });
        return;
      }
      const percent = progress.total > 0 ? ((progress.loaded / progress.total) * 100).toFixed(1) : "100.0";
      console.error(
        `part ${progress.part.partNumber}${progress.part.skipped ? " (already here)" : ""}: ${mib(progress.loaded)} / ${mib(progress.total)} (${percent}%), ${rate}`,
      );
    },
    stop: () => bar?.stop(),
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
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [source, file] = positionals;
  const object = objectPath(source);
  const client = clientFromFlags(values);
  if (!object || !file || !client) {
    console.error(USAGE);
    return 2;
  }
  const { bucket, key } = object;
  const cancel = new AbortController();
  process.once("SIGINT", () => cancel.abort(new Error("cancelled (Ctrl-C)")));
  const started = performance.now();
  const display = progressDisplay(started);
  try {
    const result = await downloadFile(file, {
      client,
      bucket,
      key,
      partSize: values["part-size"] ? parseSize(values["part-size"]) : undefined,
      concurrency: Number(values.concurrency),
      signal: cancel.signal,
      onProgress: display.update,
    });
    display.stop();
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `downloaded ${bucket}/${key} to ${file}: ETag ${result.eTag}, ${result.size} bytes in ${result.parts} part(s), ${result.bytesReceived} received${result.bytesSkipped ? `, ${result.bytesSkipped} already here` : ""}, checked by ${result.verifiedBy}, in ${seconds.toFixed(1)} s`,
    );
    return 0;
  } catch (error) {
    display.stop();
    if (cancel.signal.aborted) {
      console.error(`cancelled; the parts are kept in ${file}.part: run the same command again to resume`);
      return 130;
    }
    const cause = error instanceof DownloadError && error.cause !== undefined ? error.cause : error;
    const what =
      cause instanceof ObsError
        ? `${cause.code}: ${cause.message}`
        : cause instanceof Error
          ? cause.message
          : String(cause);
    console.error(`download failed: ${what}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`download failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
