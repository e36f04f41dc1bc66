import type { Server } from "node:http";
import { createObsHttpServer, createObsServer, forwardingHandlers, type ObsHandlers } from "@obs-toolkit/server";
import { backendClient, type BackendOptions } from "./backend.js";
import { CEPH_RGW_LACKS, mendedHandlers } from "./deviations.js";
import { listenOn } from "./lifecycle.js";

export interface GatewayOptions {
  backend: BackendOptions;
  /** The operations (by operationId) the backend does not do, answered NotImplemented here. Default CEPH_RGW_LACKS. */
  backendLacks?: readonly string[] | undefined;
  /** The gateway's own users, who sign their requests to it (V2, V4, presigned, chunked). */
  users: Array<{ accessKey: string; secretKey: string }>;
  /** Domains for virtual-hosted requests (`bucket01.obs.example.com`); path-style always works. */
  domains?: string[] | undefined;
  log?: ((line: string) => void) | undefined;
}

/**
 * The handlers of a gateway: every operation handed to the backend through the generated client,
 * with the answers of backends that deviate from the spec mended (deviations.ts).
 */
export function gatewayHandlers(
  options: BackendOptions,
  backendLacks: readonly string[] = CEPH_RGW_LACKS,
): ObsHandlers {
  const backend = backendClient(options);
  const handlers: ObsHandlers = { ...forwardingHandlers(backend), ...mendedHandlers(backend) };
  // A handler's name is its operationId with a lowercase first letter.
  const lacking = new Set(backendLacks.map((id) => id.charAt(0).toLowerCase() + id.slice(1)));
  const unknown = [...lacking].filter((name) => !(name in handlers));
  if (unknown.length > 0) throw new Error(`no such operations: ${unknown.join(", ")}`);
  // Without a handler the server answers 501 NotImplemented, and the backend is not called.
  return new Proxy(handlers, {
    get: (target, name, receiver) => (lacking.has(String(name)) ? undefined : Reflect.get(target, name, receiver)),
    has: (target, name) => !lacking.has(String(name)) && Reflect.has(target, name),
  });
}

/**
 * Starts a gateway on `host:port` (0 picks a free port): the spec's API in front of another
 * S3-compatible service, keeping nothing of its own, so any number of gateways can serve one backend.
 */
export async function startGateway(
  options: GatewayOptions,
  port: number,
  host = "127.0.0.1",
): Promise<{ server: Server; url: string }> {
  const secrets = new Map(options.users.map((user) => [user.accessKey, user.secretKey]));
  const obs = createObsServer({
    handlers: gatewayHandlers(options.backend, options.backendLacks),
    credentials: (accessKeyId) => {
      const secretAccessKey = secrets.get(accessKeyId);
      return secretAccessKey === undefined ? undefined : { secretAccessKey };
    },
    // Every request is forwarded with the backend's credentials: an unsigned one is refused here.
    allowAnonymous: false,
    domains: options.domains,
  });
  const log = options.log;
  // One JSON object per answer, for a log collector behind a load balancer.
  const server = createObsHttpServer(obs, {
    onResponse: log
      ? (method, url, status, ms, requestId) =>
          log(
            JSON.stringify({
              time: new Date().toISOString(),
              method,
              url,
              status,
              ms: Math.round(ms * 10) / 10,
              requestId,
            }),
          )
      : undefined,
  });
  return { server, url: await listenOn(server, port, host) };
}
