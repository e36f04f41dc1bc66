import type { BackendOptions } from "../gateway/backend.js";
import { AK, SK, referenceServer } from "./helpers.js";

/** A service a gateway suite runs over: started (or reached) for the suite, and let go after. */
export interface Backend {
  name: string;
  start(): Promise<{ options: BackendOptions; stop(): Promise<void> }>;
}

/**
 * The backends the gateway suites run over: the reference server always, and a real Ceph RGW when
 * `OBS_TEST_CEPH` names one (`http://127.0.0.1:7480 ACCESS_KEY SECRET_KEY`, what
 * `../shared/tools/ceph-rgw.sh start` prints; `.ci/run` starts one and sets it).
 */
export function backends(): Backend[] {
  const reference: Backend = {
    name: "the reference server",
    async start() {
      const server = await referenceServer({ buckets: [] });
      return { options: { endpoint: server.url, accessKey: AK, secretKey: SK }, stop: server.stop };
    },
  };
  const ceph = process.env["OBS_TEST_CEPH"];
  if (ceph === undefined || ceph === "") return [reference];
  const [endpoint = "", accessKey = "", secretKey = ""] = ceph.trim().split(/\s+/);
  if (!URL.canParse(endpoint) || accessKey === "" || secretKey === "")
    throw new Error(`OBS_TEST_CEPH must be "http://HOST:PORT ACCESS_KEY SECRET_KEY", not ${JSON.stringify(ceph)}`);
  return [
    reference,
    {
      name: `Ceph RGW at ${endpoint}`,
      start: async () => ({ options: { endpoint, accessKey, secretKey }, stop: async () => undefined }),
    },
  ];
}
