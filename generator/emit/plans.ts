import type { ServiceModel } from "../model/types.js";
import type { PackagePlan } from "./package.js";
import { emitClient } from "./client.js";
import { emitServer } from "./server.js";
import { emitValidator } from "./validator.js";

/** Every generated package, in dependency order. */
export function planPackages(model: ServiceModel): PackagePlan[] {
  return [
    {
      dir: "validator",
      name: "validator",
      description: `Zero-dependency request validator for the ${model.title}, generated from its spec.`,
      siblings: [],
      dependencies: {},
      runtime: "validator",
      sources: emitValidator(model),
      textFiles: new Map(),
    },
    {
      dir: "signing",
      name: "signing",
      description: "Zero-dependency V2 and V4 request signing and verification for OBS / S3.",
      siblings: [],
      dependencies: {},
      runtime: "signing",
      sources: new Map([["src/index.ts", [`export * from "./runtime/index.js";`]]]),
      textFiles: new Map(),
    },
    {
      dir: "client",
      name: "client",
      description: `Typed client for the ${model.title}: validates, signs (V2/V4) and sends with fetch.`,
      siblings: ["validator", "signing"],
      dependencies: { "fast-xml-parser": "^5.12.1" },
      runtime: "client",
      sources: emitClient(model),
      textFiles: new Map(),
    },
    {
      dir: "server",
      name: "server",
      description: `Server stub for the ${model.title}: routing, V2/V4 auth, validation and S3 XML around your handlers.`,
      siblings: ["validator", "signing"],
      dependencies: {},
      runtime: "server",
      sources: emitServer(model),
      textFiles: new Map(),
    },
  ];
}
