import type { IncomingMessage, ServerResponse } from "node:http";
import type { ObsServer } from "./core.js";
/** A `node:http` request listener serving an ObsServer. */
export declare function createNodeListener(
  server: ObsServer,
  onResponse?: (method: string, url: string, status: number, ms: number) => void,
): (req: IncomingMessage, res: ServerResponse) => void;
