import { ObsError } from "@obs-toolkit/server";
import { postPolicySignatureV2, postPolicySignatureV4, signaturesEqual } from "@obs-toolkit/signing";

/** What a form's policy allows of its file's size (`content-length-range`). */
export interface SizeRange {
  min: number;
  max: number;
}

/** A checked form: who signed it (none for an unsigned form) and the size its policy allows. */
export interface PostAuthority {
  accessKeyId: string | undefined;
  size: SizeRange | undefined;
}

/** The policy's expiration, as the POST policy pages write it. */
const ISO_8601_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** Fields no condition need cover (the "Browser-based Authorized POST Request" pages, and S3). */
const UNCOVERED = new Set(["policy", "signature", "awsaccesskeyid", "x-amz-signature", "file"]);

const denied = (why: string) => new ObsError("AccessDenied", `Invalid according to Policy: ${why}`, 403);
const invalidPolicy = (why: string) => new ObsError("InvalidPolicyDocument", `Invalid Policy: ${why}`, 400);
const missingField = (name: string) =>
  new ObsError("InvalidArgument", `Bucket POST must contain a field named '${name}'.`, 400);

/**
 * A form upload's authority, checked as S3 checks it: without a policy the form is anonymous (and
 * may carry no signature); with one, its V2 (AWSAccessKeyId, signature) or V4 (x-amz-algorithm,
 * x-amz-credential, x-amz-date, x-amz-signature) signature must match, it must not have expired,
 * every condition must hold and every field must be covered by one. `fields` are the form's by
 * lowercase name; `bucket` is the upload's.
 */
export function checkPostPolicy(
  fields: Readonly<Record<string, string>>,
  bucket: string,
  secretOf: (accessKeyId: string) => string | undefined,
  now: Date,
): PostAuthority {
  const policy = fields["policy"];
  if (policy === undefined) {
    for (const name of ["signature", "awsaccesskeyid", "x-amz-signature", "x-amz-credential"])
      if (fields[name] !== undefined) throw missingField("policy");
    return { accessKeyId: undefined, size: undefined };
  }
  const accessKeyId = checkSignature(fields, policy, secretOf);
  let document: unknown;
  try {
    document = JSON.parse(Buffer.from(policy, "base64").toString("utf8"));
  } catch {
    throw invalidPolicy("Invalid JSON.");
  }
  if (document === null || typeof document !== "object" || Array.isArray(document))
    throw invalidPolicy("The policy is not a JSON object.");
  const { expiration, conditions } = document as { expiration?: unknown; conditions?: unknown };
  if (typeof expiration !== "string" || !ISO_8601_UTC.test(expiration) || Number.isNaN(Date.parse(expiration)))
    throw invalidPolicy("Policy missing expiration, or it is not an ISO 8601 UTC date (2015-08-06T12:00:00.000Z).");
  if (Date.parse(expiration) <= now.getTime()) throw denied("Policy expired.");
  if (!Array.isArray(conditions)) throw invalidPolicy("Policy missing conditions.");
  const values = (name: string) => (name === "bucket" ? bucket : fields[name]);
  const covered = new Set<string>();
  let size: SizeRange | undefined;
  for (const condition of conditions as unknown[]) {
    if (Array.isArray(condition)) {
      const [operator, subject, value] = condition as unknown[];
      const op = typeof operator === "string" ? operator.toLowerCase() : "";
      if (op === "content-length-range") {
        if (!Number.isSafeInteger(subject) || !Number.isSafeInteger(value))
          throw invalidPolicy("content-length-range takes two integers.");
        size = { min: subject as number, max: value as number };
        continue;
      }
      if ((op !== "eq" && op !== "starts-with") || typeof subject !== "string" || !subject.startsWith("$"))
        throw invalidPolicy(`Invalid condition ${JSON.stringify(condition)}.`);
      if (typeof value !== "string") throw invalidPolicy(`Invalid condition ${JSON.stringify(condition)}.`);
      const name = subject.slice(1).toLowerCase();
      covered.add(name);
      const actual = values(name);
      const holds = op === "eq" ? actual === value : startsWith(name, actual ?? "", value);
      if (!holds) throw denied(`Policy Condition failed: ${JSON.stringify(condition)}`);
    } else if (condition !== null && typeof condition === "object") {
      const entries = Object.entries(condition);
      if (entries.length !== 1) throw invalidPolicy(`Invalid condition ${JSON.stringify(condition)}: one field each.`);
      for (const [key, value] of entries) {
        const name = key.toLowerCase();
        covered.add(name);
        if (typeof value !== "string" || values(name) !== value)
          throw denied(`Policy Condition failed: ${JSON.stringify(["eq", `$${key}`, value])}`);
      }
    } else throw invalidPolicy(`Invalid condition ${JSON.stringify(condition)}.`);
  }
  const extra = Object.keys(fields).filter(
    (name) => !UNCOVERED.has(name) && !name.startsWith("x-ignore-") && !covered.has(name),
  );
  if (extra.length > 0) throw denied(`Extra input fields: ${extra.join(", ")}`);
  return { accessKeyId, size };
}

/** `starts-with`, where Content-Type may list several types, each of which must start with the prefix. */
function startsWith(name: string, actual: string, prefix: string): boolean {
  if (name !== "content-type") return actual.startsWith(prefix);
  return actual.split(",").every((type) => type.trim().startsWith(prefix));
}

/** The access key whose secret signed the policy; the signature's fields, the key and the signature checked. */
function checkSignature(
  fields: Readonly<Record<string, string>>,
  policy: string,
  secretOf: (accessKeyId: string) => string | undefined,
): string {
  const v4 = fields["x-amz-algorithm"] !== undefined || fields["x-amz-credential"] !== undefined;
  if (v4) {
    for (const name of ["x-amz-algorithm", "x-amz-credential", "x-amz-date", "x-amz-signature"])
      if (fields[name] === undefined) throw missingField(name);
    const [accessKeyId = "", date = "", region = "", service = "", terminal] = (fields["x-amz-credential"] ?? "").split(
      "/",
    );
    if (!/^\d{8}$/.test(date) || region === "" || service === "" || terminal !== "aws4_request")
      throw new ObsError(
        "InvalidArgument",
        "The x-amz-credential field is not AK/date/region/service/aws4_request.",
        400,
      );
    const secret = secretOf(accessKeyId);
    if (secret === undefined) throw unknownKey();
    const expected = postPolicySignatureV4(secret, { date, region, service }, policy);
    if (!signaturesEqual(expected, fields["x-amz-signature"] ?? "")) throw mismatch();
    return accessKeyId;
  }
  const accessKeyId = fields["awsaccesskeyid"];
  if (accessKeyId === undefined) throw missingField("AWSAccessKeyId");
  if (fields["signature"] === undefined) throw missingField("signature");
  const secret = secretOf(accessKeyId);
  if (secret === undefined) throw unknownKey();
  if (!signaturesEqual(postPolicySignatureV2(secret, policy), fields["signature"] ?? "")) throw mismatch();
  return accessKeyId;
}

const unknownKey = () =>
  new ObsError("InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", 403);
const mismatch = () =>
  new ObsError(
    "SignatureDoesNotMatch",
    "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
    403,
  );
