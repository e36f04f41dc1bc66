import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCE_OPERATION = "operations/initiate-multipart-upload.yaml";
const PATH_KEY = "/{BucketName}/{ObjectName}?uploads";

/**
 * Writes a spec of `count` operations shaped like Initiate Multipart Upload into `dir`:
 * the real openapi.yaml, and operation i as a copy of the real operation file with its
 * operationId, sub-resource flag and result schema renamed (`InitiateMultipartUpload7`, `?uploads7`).
 */
export function writeSyntheticSpec(specDir: string, dir: string, count: number): string {
  mkdirSync(join(dir, "operations"), { recursive: true });
  const root = readFileSync(join(specDir, "openapi.yaml"), "utf8");
  const operation = readFileSync(join(specDir, SOURCE_OPERATION), "utf8");
  const entry = `  ${PATH_KEY}:\n    $ref: ${SOURCE_OPERATION}#/pathItem\n`;
  if (!root.includes(entry)) throw new Error(`spec/openapi.yaml no longer has the paths entry the synthetic spec replaces`);
  const paths = Array.from({ length: count }, (_, i) => `  ${PATH_KEY}${i}:\n    $ref: operations/op-${i}.yaml#/pathItem\n`).join("");
  writeFileSync(join(dir, "openapi.yaml"), root.replace(entry, paths));
  for (let i = 0; i < count; i++) {
    const text = operation
      .replace(/operationId: InitiateMultipartUpload\b/, `operationId: InitiateMultipartUpload${i}`)
      .replace(/- name: uploads\n/, `- name: uploads${i}\n`)
      .replace(/InitiateMultipartUploadResult\b/g, `InitiateMultipartUpload${i}Result`);
    writeFileSync(join(dir, "operations", `op-${i}.yaml`), text);
  }
  return join(dir, "openapi.yaml");
}
