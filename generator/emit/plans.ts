import type { ServiceModel } from "../model/types.js";
import type { PackagePlan } from "./package.js";
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
  ];
}
