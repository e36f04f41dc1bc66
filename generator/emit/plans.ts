import type { ServiceModel } from "../model/types.js";
import type { PackagePlan } from "./package.js";
import { exampleInput, exampleRequest } from "./examples.js";
import { renderPackageReadme, type ReadmeEntries } from "./readme.js";
import { emitClient } from "./client.js";
import { emitServer } from "./server.js";
import { emitSigning } from "./signing.js";
import { emitValidator } from "./validator.js";

/** Every generated package, in dependency order. */
export function planPackages(model: ServiceModel, readmeTemplate: string): PackagePlan[] {
  // The examples use the first operation (by name) with the required members its spec gives.
  const first = model.operations[0];
  const validate = first ? `validate${first.id}Request` : "";
  const usage: Record<string, string> = {
    validator: first
      ? `import { ${validate} } from "@obs-toolkit/validator";\n\nconst result = ${validate}(${exampleRequest(first)});\nif (!result.ok) console.log(result.errors); // [{ code, status, target, message }]\nelse console.log(result.value); // the typed input`
      : "",
    signing: `import { signV4 } from "@obs-toolkit/signing";\n\nconst signed = signV4({ method: "GET", path: "/bucket01/objectkey", query: [], headers: { host: "obs.example.com" } },\n  { accessKeyId: "AK", secretAccessKey: "SK" }, "region-1", "s3", new Date());`,
    client: first
      ? `import { ObsClient } from "@obs-toolkit/client";\n\nconst client = new ObsClient({ endpoint: "https://obs.example.com", credentials: { accessKeyId: "AK", secretAccessKey: "SK" }, signatureVersion: "v4" });\nconst out = await client.${first.name}(${exampleInput(first)});`
      : "",
    server: `import http from "node:http";\nimport { createObsServer, createNodeListener, ObsError } from "@obs-toolkit/server";\n\nconst server = createObsServer({\n  handlers: {\n    // One async function per operation you implement (the others answer 501 NotImplemented).\n${first ? `    async ${first.name}(input, context) {\n      throw new ObsError("NoSuchBucket", "The specified bucket does not exist.", 404);\n    },\n` : ""}  },\n  credentials: (accessKeyId) => (accessKeyId === "AK" ? { secretAccessKey: "SK" } : undefined),\n  domains: ["obs.example.com"],\n});\nhttp.createServer(createNodeListener(server)).listen(9000, "127.0.0.1");`,
  };
  // Each package's name for an operation, in its README's table (signing has none per operation).
  const entries: Record<string, ReadmeEntries> = {
    validator: { heading: "Function", entry: (operation) => `validate${operation.id}Request(request, options)` },
    client: { heading: "Method", entry: (operation) => `client.${operation.name}(input, options)` },
    server: { heading: "Handler", entry: (operation) => `handlers.${operation.name}(input, context)` },
  };
  const plan = (
    dir: string,
    description: string,
    rest: Omit<PackagePlan, "dir" | "name" | "description" | "textFiles">,
  ): PackagePlan => ({
    dir,
    name: dir,
    description,
    textFiles: new Map([
      ["README.md", renderPackageReadme(readmeTemplate, model, dir, description, usage[dir] ?? "", entries[dir])],
    ]),
    ...rest,
  });
  return [
    plan("validator", `Zero-dependency request validator for the ${model.title}, generated from its spec.`, {
      siblings: [],
      dependencies: {},
      runtime: "validator",
      sharedRuntime: [],
      sources: emitValidator(model),
    }),
    plan("signing", "Zero-dependency V2 and V4 request signing and verification for OBS / S3.", {
      siblings: [],
      dependencies: {},
      runtime: "signing",
      sharedRuntime: [],
      sources: emitSigning(model),
    }),
    plan("client", `Typed client for the ${model.title}: validates, signs (V2/V4) and sends with fetch.`, {
      siblings: ["validator", "signing"],
      dependencies: { "fast-xml-parser": "^5.12.1" },
      runtime: "client",
      sharedRuntime: ["xml"],
      sources: emitClient(model),
    }),
    plan(
      "server",
      `Server stub for the ${model.title}: routing, V2/V4 auth, validation and S3 XML around your handlers.`,
      {
        siblings: ["validator", "signing"],
        dependencies: {
          "@aws-crypto/crc32": "^5.2.0",
          "@aws-crypto/crc32c": "^5.2.0",
          "@aws-sdk/crc64-nvme": "^3.972.51",
          busboy: "^1.6.0",
          "fast-xml-parser": "^5.12.1",
        },
        runtime: "server",
        sharedRuntime: ["xml"],
        sources: emitServer(model),
      },
    ),
  ];
}
