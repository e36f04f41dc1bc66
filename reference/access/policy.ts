import { isIP } from "node:net";
import { BlockList } from "node:net";
import { ObsError } from "@obs-toolkit/server";
import type { BucketPolicy } from "@obs-toolkit/validator";

/** What a request is, as a policy's statements see it. */
export interface PolicyRequest {
  /** `s3:GetObject`… */
  action: string;
  /** `arn:aws:s3:::bucket` or `arn:aws:s3:::bucket/key`. */
  resource: string;
  /** The access key; undefined when anonymous. */
  requester: string | undefined;
  /** The condition keys' values (aws:SourceIp, s3:prefix…), those the request has. */
  keys: Readonly<Record<string, string | undefined>>;
}

type Statement = BucketPolicy["Statement"][number];
type Values = string | string[];

const list = (value: Values): string[] => (Array.isArray(value) ? value : [value]);

/** `*` any run of characters, `?` any one; the rest literal. */
function wildcard(pattern: string, flags = ""): RegExp {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`, flags);
}

/** Whether a CIDR (or a bare address) holds the address. */
function inRange(cidr: string, address: string): boolean {
  const [base = "", bits] = cidr.split("/");
  const family = isIP(base) === 6 ? "ipv6" : "ipv4";
  const addressFamily = isIP(address) === 6 ? "ipv6" : "ipv4";
  if (isIP(base) === 0 || isIP(address) === 0 || family !== addressFamily) return false;
  const block = new BlockList();
  if (bits === undefined) block.addAddress(base, family);
  else block.addSubnet(base, Number(bits), family);
  return block.check(address, addressFamily);
}

/** Each condition operator: whether the request's value of a key satisfies one of the statement's values. */
const OPERATORS: Record<string, (actual: string | undefined, wanted: string[]) => boolean> = {
  StringEquals: (actual, wanted) => actual !== undefined && wanted.includes(actual),
  StringNotEquals: (actual, wanted) => actual === undefined || !wanted.includes(actual),
  StringLike: (actual, wanted) => actual !== undefined && wanted.some((w) => wildcard(w).test(actual)),
  StringNotLike: (actual, wanted) => actual === undefined || !wanted.some((w) => wildcard(w).test(actual)),
  IpAddress: (actual, wanted) => actual !== undefined && wanted.some((w) => inRange(w, actual)),
  NotIpAddress: (actual, wanted) => actual === undefined || !wanted.some((w) => inRange(w, actual)),
  Bool: (actual, wanted) => actual !== undefined && wanted.map((w) => w.toLowerCase()).includes(actual),
};

/** The condition keys the reference server knows a request's value of. */
export const CONDITION_KEYS = new Set([
  "aws:SourceIp",
  "aws:SecureTransport",
  "s3:prefix",
  "s3:delimiter",
  "s3:max-keys",
]);

const malformed = (message: string) => new ObsError("MalformedPolicy", message, 400);

/**
 * What the schema cannot say of a policy for `bucket`: every Resource is the bucket or its
 * objects, and every condition is one this server evaluates (MalformedPolicy otherwise, never
 * a statement that silently matches less than it says).
 */
export function checkPolicy(policy: BucketPolicy, bucket: string): void {
  for (const statement of policy.Statement) {
    for (const resource of list(statement.Resource)) {
      const rest = resource.slice("arn:aws:s3:::".length);
      if (rest !== bucket && !rest.startsWith(`${bucket}/`) && !wildcard(rest).test(bucket))
        throw malformed(`Policy has invalid resource: ${resource} is not bucket ${bucket} or in it.`);
    }
    for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
      if (!Object.hasOwn(OPERATORS, operator))
        throw malformed(`Policy has an invalid condition operator: ${operator}.`);
      for (const key of Object.keys(keys))
        if (!CONDITION_KEYS.has(key)) throw malformed(`Policy has an invalid condition key: ${key}.`);
    }
  }
}

/** Whether a statement's Principal names the requester (`*` and `{"AWS": "*"}` name anonymous requests too). */
function principalMatches(principal: Statement["Principal"], requester: string | undefined): boolean {
  if (principal === "*") return true;
  return list(principal.AWS).some((entry) => {
    if (entry === "*") return true;
    if (requester === undefined) return false;
    const arn = /^arn:aws:iam::([^:]*):(root|user\/(.+))$/.exec(entry);
    if (!arn) return entry === requester;
    return arn[2] === "root" ? arn[1] === requester : arn[3] === requester;
  });
}

function statementMatches(statement: Statement, request: PolicyRequest): boolean {
  if (!principalMatches(statement.Principal, request.requester)) return false;
  if (!list(statement.Action).some((action) => wildcard(action, "i").test(request.action))) return false;
  if (!list(statement.Resource).some((resource) => wildcard(resource).test(request.resource))) return false;
  return Object.entries(statement.Condition ?? {}).every(([operator, keys]) =>
    Object.entries(keys).every(([key, values]) => OPERATORS[operator]?.(request.keys[key], list(values)) ?? false),
  );
}

/** A policy's verdict on a request: an explicit Deny wins, then an Allow; undefined when no statement speaks. */
export function evaluatePolicy(policy: BucketPolicy | undefined, request: PolicyRequest): "allow" | "deny" | undefined {
  if (!policy) return undefined;
  const matching = policy.Statement.filter((statement) => statementMatches(statement, request));
  if (matching.some((statement) => statement.Effect === "Deny")) return "deny";
  return matching.length > 0 ? "allow" : undefined;
}
