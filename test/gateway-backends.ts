import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { BackendOptions } from "../gateway/backend.js";
import { startReferenceServer } from "../reference/reference-server.js";
import { AK, SK, closeServer, referenceServer } from "./helpers.js";

/** The user the gateways of the tests serve: its keys as the gateway takes them, and as clients sign with them. */
export const GATEWAY_USER = { accessKey: "GATEWAYUSER", secretKey: "gateway-user-secret" };
export const GATEWAY_CREDENTIALS = { accessKeyId: GATEWAY_USER.accessKey, secretAccessKey: GATEWAY_USER.secretKey };

/** The backend made to go away and come back, its data kept (the fault test's). */
export interface Outage {
  down(): Promise<void>;
  up(): Promise<void>;
}

/** A service a gateway suite runs over: started (or reached) for the suite, and let go after. */
export interface Backend {
  name: string;
  /** Whether `start` gives an outage: the fault test runs over the backends that can be restarted. */
  restartable: boolean;
  start(): Promise<{ options: BackendOptions; stop(): Promise<void>; outage?: Outage | undefined }>;
}

/** Waits (20 s at most) until a TCP port accepts connections, or refuses them. */
async function until(url: string, state: "up" | "down"): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const answered = await fetch(url).then(
      () => true,
      () => false,
    );
    if (answered === (state === "up")) return;
    if (Date.now() > deadline) throw new Error(`${url} is not ${state} after 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The backends the gateway suites run over: the reference server always, and a real Ceph RGW when
 * `OBS_TEST_CEPH` names one: `http://127.0.0.1:7480 ACCESS_KEY SECRET_KEY` (what
 * `../shared/tools/ceph-rgw.sh start` prints), then optionally the cluster's folder, which lets the
 * fault test restart its gateway daemon. `.ci/run` starts one and sets it.
 */
export function backends(): Backend[] {
  const reference: Backend = {
    name: "the reference server",
    restartable: true,
    async start() {
      const first = await referenceServer({ buckets: [] });
      const port = Number(new URL(first.url).port);
      let current = first.server;
      return {
        options: { endpoint: first.url, accessKey: AK, secretKey: SK },
        // Stopped (its store closed, connections cut), then started again on the same port and data.
        outage: {
          down: () => closeServer(current),
          up: async () => {
            current = (
              await startReferenceServer({ dataDir: first.dataDir, buckets: [], accessKey: AK, secretKey: SK }, port)
            ).server;
          },
        },
        stop: async () => {
          if (current.listening) await closeServer(current);
          await first.stop();
        },
      };
    },
  };
  const ceph = process.env["OBS_TEST_CEPH"];
  if (ceph === undefined || ceph === "") return [reference];
  const [endpoint = "", accessKey = "", secretKey = "", dir] = ceph.trim().split(/\s+/);
  if (!URL.canParse(endpoint) || accessKey === "" || secretKey === "")
    throw new Error(
      `OBS_TEST_CEPH must be "http://HOST:PORT ACCESS_KEY SECRET_KEY [DIR]", not ${JSON.stringify(ceph)}`,
    );
  // The RADOS Gateway daemon alone is stopped and started again: the objects are the OSD's, which stays up.
  const outage: Outage | undefined =
    dir === undefined
      ? undefined
      : {
          down: async () => {
            process.kill(Number(readFileSync(join(dir, "run/client.rgw.a.pid"), "utf8")), "SIGTERM");
            await until(endpoint, "down");
          },
          up: async () => {
            await promisify(execFile)("radosgw", ["-c", join(dir, "ceph.conf"), "-n", "client.rgw.a"]);
            await until(endpoint, "up");
          },
        };
  return [
    reference,
    {
      name: `Ceph RGW at ${endpoint}`,
      restartable: outage !== undefined,
      start: async () => ({ options: { endpoint, accessKey, secretKey }, outage, stop: async () => undefined }),
    },
  ];
}
