import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import standaloneCode from "ajv/dist/standalone/index.js";
import { validateInitiateMultipartUploadRequest, type ObsRequest } from "@obs-toolkit/validator";
import { fmt, ROOT, type Row } from "./lib.js";

const SSE_C = [
  "x-amz-server-side-encryption-customer-algorithm",
  "x-amz-server-side-encryption-customer-key",
  "x-amz-server-side-encryption-customer-key-md5",
];
const SSE_KMS = ["x-amz-server-side-encryption", "x-amz-server-side-encryption-aws-kms-key-id"];

/**
 * The validator's rules as one JSON Schema over `{ bucket, key, headers }` (lowercase header names).
 * What JSON Schema cannot say is left out, so ajv does less than the generated validator: the MD5
 * of the SSE-C key, the retain-until date being later than the request, metadata's total size,
 * UTF-8 byte lengths (maxLength counts characters).
 */
const SCHEMA = {
  type: "object",
  required: ["bucket", "key", "headers"],
  properties: {
    bucket: {
      type: "string",
      minLength: 3,
      maxLength: 63,
      pattern: "^[a-z0-9][a-z0-9.-]*[a-z0-9]$",
      not: { anyOf: [{ pattern: "\\.\\." }, { pattern: "\\.-|-\\." }, { pattern: "^\\d+\\.\\d+\\.\\d+\\.\\d+$" }] },
    },
    key: { type: "string", minLength: 1, maxLength: 1024 },
    headers: {
      type: "object",
      properties: {
        "x-amz-acl": {
          enum: [
            "private",
            "public-read",
            "public-read-write",
            "authenticated-read",
            "bucket-owner-read",
            "bucket-owner-full-control",
            "log-delivery-write",
          ],
        },
        "x-amz-storage-class": { enum: ["STANDARD", "STANDARD_IA", "GLACIER"] },
        "x-amz-website-redirect-location": { type: "string", maxLength: 2048, pattern: "^(/|http://|https://)" },
        "x-amz-server-side-encryption": { enum: ["aws:kms"] },
        "x-amz-server-side-encryption-aws-kms-key-id": { type: "string" },
        "x-amz-server-side-encryption-customer-algorithm": { enum: ["AES256"] },
        "x-amz-server-side-encryption-customer-key": {
          type: "string",
          pattern: "^(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{86}==)$",
        },
        "x-amz-server-side-encryption-customer-key-md5": { type: "string", pattern: "^[A-Za-z0-9+/]{22}==$" },
        "x-amz-security-token": { type: "string" },
        "x-amz-object-lock-mode": { enum: ["COMPLIANCE"] },
        "x-amz-object-lock-retain-until-date": { type: "string", format: "date-time", pattern: "Z$" },
        "content-type": { type: "string" },
        "content-encoding": { type: "string" },
      },
      patternProperties: { "^x-amz-meta-": { type: "string" } },
      dependencies: {
        ...Object.fromEntries(SSE_C.map((name) => [name, SSE_C.filter((other) => other !== name)])),
        "x-amz-server-side-encryption-aws-kms-key-id": ["x-amz-server-side-encryption"],
        "x-amz-object-lock-mode": ["x-amz-object-lock-retain-until-date"],
        "x-amz-object-lock-retain-until-date": ["x-amz-object-lock-mode"],
      },
      not: {
        allOf: [
          { anyOf: SSE_KMS.map((name) => ({ required: [name] })) },
          { anyOf: SSE_C.map((name) => ({ required: [name] })) },
        ],
      },
    },
  },
};

/** The schema compiled by ajv into standalone code, loaded as a module. */
function ajvStandalone(): (data: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, code: { source: true }, strict: false });
  addFormats.default(ajv);
  const code = standaloneCode.default(ajv, ajv.compile(SCHEMA));
  const dir = join(ROOT, "node_modules/.cache/obs-toolkit-bench");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "ajv-validator.cjs"), code);
  return createRequire(join(ROOT, "package.json"))(join(dir, "ajv-validator.cjs")) as (data: unknown) => boolean;
}

const VALID_HEADERS: Record<string, string> = {
  "x-amz-acl": "private",
  "x-amz-storage-class": "STANDARD_IA",
  "x-amz-website-redirect-location": "/anotherPage.html",
  "x-amz-server-side-encryption-customer-algorithm": "AES256",
  "x-amz-server-side-encryption-customer-key": "K7QkYpBkM5+hcs27fsNkUnNVaobncnLht/rCB2o/9Cw=",
  "x-amz-server-side-encryption-customer-key-md5": "4XvB3tbNTN+tIEVa0/fGaQ==",
  "x-amz-object-lock-mode": "COMPLIANCE",
  "x-amz-object-lock-retain-until-date": "2030-07-01T04:11:15Z",
  "content-type": "application/octet-stream",
  "x-amz-meta-project": "apollo",
  "x-amz-meta-owner": "team-a",
  "x-amz-meta-stage": "raw",
};

const without = (names: string[]) =>
  Object.fromEntries(Object.entries(VALID_HEADERS).filter(([name]) => !names.includes(name)));
/** Each case: bucket, key and headers; the first is valid, every other breaks one kind of rule. */
const CASES: Array<{ name: string; bucket: string; key: string; headers: Record<string, string>; valid: boolean }> = [
  {
    name: "valid, every header populated",
    bucket: "bucket01",
    key: "dir/object.bin",
    headers: VALID_HEADERS,
    valid: true,
  },
  {
    name: "enum (storage class)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-storage-class": "COLD" },
    valid: false,
  },
  {
    name: "prefix (redirect)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-website-redirect-location": "ftp://x" },
    valid: false,
  },
  {
    name: "length (redirect 2049)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-website-redirect-location": "/" + "a".repeat(2048) },
    valid: false,
  },
  {
    name: "base64 length (SSE-C key)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-server-side-encryption-customer-key": "AAAAAAAAAAAAAAAAAAAAAA==" },
    valid: false,
  },
  {
    name: "date format (retain-until)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-object-lock-retain-until-date": "2030-13-01T00:00:00Z" },
    valid: false,
  },
  {
    name: "together (SSE-C without MD5)",
    bucket: "bucket01",
    key: "k",
    headers: without(["x-amz-server-side-encryption-customer-key-md5"]),
    valid: false,
  },
  {
    name: "requires (KMS key without SSE)",
    bucket: "bucket01",
    key: "k",
    headers: { ...without(SSE_C), "x-amz-server-side-encryption-aws-kms-key-id": "key-1" },
    valid: false,
  },
  {
    name: "exclusive (SSE-KMS with SSE-C)",
    bucket: "bucket01",
    key: "k",
    headers: { ...VALID_HEADERS, "x-amz-server-side-encryption": "aws:kms" },
    valid: false,
  },
  { name: "bucket name", bucket: "Bad_Bucket", key: "k", headers: VALID_HEADERS, valid: false },
  { name: "key length (1025)", bucket: "bucket01", key: "k".repeat(1025), headers: VALID_HEADERS, valid: false },
];

const REQUEST_TIME = new Date("2026-01-01T00:00:00Z");
// ajv is handed lowercase header names; so is ours (as the server and the client pass them).
const OPTIONS = { requestTime: REQUEST_TIME, headersNormalized: true };
/** Calls per timed slice, slices per case: ours and ajv take turns slice by slice. */
const SLICE = 4000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);

/** Nanoseconds per call of `run`, over one slice. */
function slice(run: () => unknown): number {
  const started = process.hrtime.bigint();
  for (let i = 0; i < SLICE; i++) run();
  return Number(process.hrtime.bigint() - started) / SLICE;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/**
 * ops/s of the generated validator and of ajv's standalone validator on each case. The two take
 * turns in short slices (ours, ajv, ours, ajv…) after a warm-up, and each figure is the median
 * of its slices, the ratio the median of the pairs' ratios: on a shared machine a slow second
 * then falls on both, not on one.
 */
export async function validatorRows(): Promise<Row[]> {
  const ajvValidate = ajvStandalone();
  const rows: Row[] = [];
  for (const testCase of CASES) {
    const ours: ObsRequest = {
      bucket: testCase.bucket,
      key: testCase.key,
      query: { uploads: "" },
      headers: testCase.headers,
    };
    const theirs = { bucket: testCase.bucket, key: testCase.key, headers: testCase.headers };
    // Both must agree on the verdict, or the comparison means nothing.
    if (
      validateInitiateMultipartUploadRequest(ours, OPTIONS).ok !== testCase.valid ||
      ajvValidate(theirs) !== testCase.valid
    ) {
      throw new Error(`validators disagree on "${testCase.name}"`);
    }
    const runOurs = () => validateInitiateMultipartUploadRequest(ours, OPTIONS);
    const runAjv = () => ajvValidate(theirs);
    for (let i = 0; i < 10; i++) (slice(runOurs), slice(runAjv));
    const oursNs: number[] = [];
    const ajvNs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      oursNs.push(slice(runOurs));
      ajvNs.push(slice(runAjv));
    }
    const ratio = median(oursNs.map((ns, i) => (ajvNs[i] ?? Number.NaN) / ns));
    rows.push({
      what: `validator: ${testCase.name}`,
      figure: `${fmt(1e9 / median(oursNs))} ops/s`,
      baseline: `ajv standalone: ${fmt(1e9 / median(ajvNs))} ops/s`,
      ratio,
      target: "≥ 1.5× ajv",
      met: ratio >= 1.5,
    });
  }
  return rows;
}
