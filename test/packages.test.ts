import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "obs-pack-"));
const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });

/** The packages users install: the generated ones, and transfer on the client's public API. */
const PACKAGES = ["generated/validator", "generated/signing", "generated/client", "generated/server", "transfer"];

describe("generated packages, and the transfer package built on them", () => {
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("are ready to publish: the spec's version, README, LICENSE and dist only, npm publish --dry-run clean", () => {
    const specVersion = (load(readFileSync(join(root, "spec/openapi.yaml"), "utf8")) as { info: { version: string } })
      .info.version;
    // transfer's dist/ is built by its prepack; on a clean clone npm would first find its bins missing.
    run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], join(root, "transfer"));
    for (const folder of PACKAGES) {
      const manifest = JSON.parse(readFileSync(join(root, folder, "package.json"), "utf8")) as {
        version: string;
        dependencies?: Record<string, string>;
        publishConfig?: { access: string };
      };
      expect(manifest.version, folder).toBe(specVersion);
      for (const [name, range] of Object.entries(manifest.dependencies ?? {}))
        if (name.startsWith("@obs-toolkit/")) expect(range, `${folder} → ${name}`).toBe(specVersion);
      expect(manifest.publishConfig?.access, folder).toBe("public");
      // Offline, and at a port where nothing listens: a dry run has no need of the registry.
      const published = spawnSync(
        "npm",
        ["publish", "--dry-run", "--offline", "--json", "--registry", "http://127.0.0.1:9/"],
        {
          cwd: join(root, folder),
          encoding: "utf8",
          timeout: 120_000,
        },
      );
      expect(published.status, `${folder}: ${published.stderr}`).toBe(0);
      // Clean: no warning but the one every dry run gives without a login.
      const warnings = published.stderr.split("\n").filter((line) => /^npm (warn|error)/i.test(line));
      expect(
        warnings.filter((line) => !/requires you to be logged in/.test(line)),
        folder,
      ).toEqual([]);
      const report = published.stdout;
      const packed = Object.values(
        JSON.parse(report.slice(report.indexOf("{"))) as Record<string, { files: Array<{ path: string }> }>,
      )[0] ?? { files: [] };
      const paths = packed.files.map((file) => file.path);
      expect(paths, folder).toEqual(
        expect.arrayContaining(["LICENSE", "README.md", "package.json", "dist/index.js", "dist/index.d.ts"]),
      );
      expect(
        paths.filter((path) => !/^(LICENSE|README\.md|package\.json|dist\/.+\.(js|d\.ts))$/.test(path)),
        folder,
      ).toEqual([]);
    }
  }, 120_000);

  it("install from their npm pack tarballs, import by name from plain Node and pass tsc --strict", () => {
    const tarballs = PACKAGES.map((folder) =>
      join(
        work,
        run("npm", ["pack", "--silent", "--pack-destination", work], join(root, folder)).trim().split("\n").pop() ?? "",
      ),
    );
    const app = join(work, "app");
    run("mkdir", ["-p", app], work);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs], app);
    writeFileSync(
      join(app, "main.mjs"),
      `import http from "node:http";
import { validateInitiateMultipartUploadRequest } from "@obs-toolkit/validator";
import { ObsClient } from "@obs-toolkit/client";
import { createObsServer, createNodeListener } from "@obs-toolkit/server";
import { choosePartSize, upload } from "@obs-toolkit/transfer";
if (typeof upload !== "function" || choosePartSize(undefined, undefined) !== 8 * 1024 * 1024) throw new Error("transfer");
const v = validateInitiateMultipartUploadRequest({ bucket: "bucket01", key: "k", headers: { "x-amz-storage-class": "COLD" } });
const server = createObsServer({ handlers: { initiateMultipartUpload: (i) => ({ bucket: i.bucket, key: i.key, uploadId: "U1" }) }, credentials: () => ({ secretAccessKey: "SK" }) });
const s = http.createServer(createNodeListener(server)).listen(0, "127.0.0.1", async () => {
  const client = new ObsClient({ endpoint: "http://127.0.0.1:" + s.address().port, credentials: { accessKeyId: "AK", secretAccessKey: "SK" }, signatureVersion: "v4", addressing: "path" });
  const out = await client.initiateMultipartUpload({ bucket: "bucket01", key: "k" });
  console.log(JSON.stringify({ code: v.ok ? null : v.errors[0].code, uploadId: out.uploadId }));
  s.close();
});
`,
    );
    expect(JSON.parse(run("node", ["main.mjs"], app))).toEqual({ code: "InvalidStorageClass", uploadId: "U1" });

    writeFileSync(
      join(app, "check.ts"),
      `import { ObsClient, type InitiateMultipartUploadInput } from "@obs-toolkit/client";
import { createObsServer, type ObsHandlers } from "@obs-toolkit/server";
import { isStorageClass } from "@obs-toolkit/validator";
import { upload, type UploadOptions } from "@obs-toolkit/transfer";
export const uploading = (options: UploadOptions) => upload(options).then((result) => result.eTag.length + result.bytesSent);
const input: InitiateMultipartUploadInput = { bucket: "b", key: "k", storageClass: "GLACIER", metadata: { a: "b" } };
const handlers: ObsHandlers = { initiateMultipartUpload: async (i) => ({ bucket: i.bucket, key: i.key, uploadId: "x" }), uploadPart: async () => ({ eTag: '"x"' }) };
export const all = [input, createObsServer({ handlers }), ObsClient, isStorageClass("STANDARD")];
export const initiate = (client: ObsClient) => client.initiateMultipartUpload(input);
`,
    );
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          types: ["node"],
          typeRoots: [join(root, "node_modules/@types")],
        },
        files: ["check.ts"],
      }),
    );
    run(join(root, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], app);

    // An editor shows a client method's documentation: its operation's, from the interface the class implements.
    const config = ts.getParsedCommandLineOfConfigFile(
      join(app, "tsconfig.json"),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
          throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
        },
      },
    );
    const service = ts.createLanguageService({
      getScriptFileNames: () => config?.fileNames ?? [],
      getScriptVersion: () => "1",
      getScriptSnapshot: (file) => {
        const text = ts.sys.readFile(file);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => app,
      getCompilationSettings: () => config?.options ?? {},
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
    });
    const check = join(app, "check.ts");
    const hover = service.getQuickInfoAtPosition(
      check,
      readFileSync(check, "utf8").lastIndexOf("initiateMultipartUpload"),
    );
    expect(ts.displayPartsToString(hover?.documentation)).toMatch(
      /^Initiate Multipart Upload\.\n\nYou can use this operation to obtain a globally unique upload ID\./,
    );
    expect(hover?.tags?.map((tag) => tag.name)).toEqual(["param", "throws"]);
    // And a server handler's, from the operation's member interface that ObsHandlers extends.
    const handler = service.getQuickInfoAtPosition(
      check,
      readFileSync(check, "utf8").indexOf("initiateMultipartUpload: async"),
    );
    expect(ts.displayPartsToString(handler?.documentation)).toMatch(
      /^Initiate Multipart Upload: You can use this operation to obtain a globally unique upload ID\./,
    );
  }, 180_000);
});
