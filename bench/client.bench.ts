import { CreateMultipartUploadCommand, S3Client } from "@aws-sdk/client-s3";
import { ObsClient } from "@obs-toolkit/client";
import { fmt, startTarget, type Row } from "./lib.js";

const CONCURRENCY = 16;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

/** Calls per second of `call`, with CONCURRENCY calls in flight, for SECONDS after a warm-up. */
async function callsPerSecond(call: () => Promise<unknown>): Promise<number> {
  const run = async (ms: number) => {
    const until = performance.now() + ms;
    let calls = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < until) {
          await call();
          calls++;
        }
      }),
    );
    return calls / (ms / 1000);
  };
  await run(500);
  return run(SECONDS * 1000);
}

/** The generated client against @aws-sdk/client-s3, both calling the bare server. */
export async function clientRows(): Promise<Row[]> {
  const target = await startTarget("bare", ".");
  try {
    const endpoint = `http://127.0.0.1:${target.port}`;
    const credentials = { accessKeyId: "AK", secretAccessKey: "SK" };
    const ours = new ObsClient({ endpoint, credentials, signatureVersion: "v4", addressing: "path" });
    const aws = new S3Client({ endpoint, credentials, region: "us-east-1", forcePathStyle: true });
    const oursRate = await callsPerSecond(() => ours.initiateMultipartUpload({ bucket: "bucket01", key: "objectkey" }));
    const awsRate = await callsPerSecond(() =>
      aws.send(new CreateMultipartUploadCommand({ Bucket: "bucket01", Key: "objectkey" })),
    );
    aws.destroy();
    return [
      {
        what: `generated client, initiateMultipartUpload, ${CONCURRENCY} in flight`,
        figure: `${fmt(oursRate)} calls/s`,
        baseline: `@aws-sdk/client-s3 CreateMultipartUpload: ${fmt(awsRate)} calls/s`,
        ratio: oursRate / awsRate,
        target: "≥ 1.5× AWS SDK",
        met: oursRate / awsRate >= 1.5,
      },
    ];
  } finally {
    await target.stop();
  }
}
