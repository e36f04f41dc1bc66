import { ObsError } from "@obs-toolkit/validator";

/** What a request addresses, read off its target and Host. */
export interface Target {
  bucket: string | undefined;
  key: string | undefined;
  /** "/bucket" for virtual-hosted requests (V2 signing), "" otherwise. */
  bucketPrefix: string;
  /** The path as sent (percent-encoded), without the query. */
  path: string;
  /** The query's parameters in order, decoded; a flag (`?uploads`) has the value "". */
  query: Array<readonly [string, string]>;
}

const badUri = (why: string) => new ObsError("InvalidURI", `The specified URI cannot be parsed: ${why}.`, 400);

function decode(text: string): string {
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    throw badUri("bad percent-encoding");
  }
}

/** A query name or value: `+` is a space, then percent-decoding. */
const decodeQueryPart = (text: string) => decode(text.includes("+") ? text.replace(/\+/g, " ") : text);

function parseQuery(raw: string): Array<readonly [string, string]> {
  const query: Array<readonly [string, string]> = [];
  if (raw === "") return query;
  for (const part of raw.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    query.push(
      eq < 0 ? [decodeQueryPart(part), ""] : [decodeQueryPart(part.slice(0, eq)), decodeQueryPart(part.slice(eq + 1))],
    );
  }
  return query;
}

/**
 * Splits the request target into bucket, key and query: virtual-hosted when the Host is a
 * subdomain of one of `domains` (`bucket.obs.example.com`), path-style otherwise.
 */
export function parseTarget(url: string, host: string | undefined, domains: readonly string[]): Target {
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  if (!path.startsWith("/")) throw new ObsError("InvalidURI", "The request URI must be an absolute path.", 400);
  const query = parseQuery(queryAt < 0 ? "" : url.slice(queryAt + 1));
  if (domains.length > 0 && host !== undefined) {
    const hostname = host.toLowerCase().replace(/:\d+$/, "");
    const domain = domains.find((d) => hostname.endsWith(`.${d.toLowerCase()}`));
    if (domain) {
      const bucket = hostname.slice(0, hostname.length - domain.length - 1);
      const key = path.length > 1 ? decode(path.slice(1)) : undefined;
      return { bucket, key, bucketPrefix: `/${bucket}`, path, query };
    }
  }
  const slash = path.indexOf("/", 1);
  const bucket = path.length > 1 ? decode(slash < 0 ? path.slice(1) : path.slice(1, slash)) : undefined;
  const key = slash >= 0 && slash < path.length - 1 ? decode(path.slice(slash + 1)) : undefined;
  return { bucket, key, bucketPrefix: "", path, query };
}

/** `/bucket/key` (or `/bucket`, or `/`): the Resource of an error document. */
export const resourceOf = (target: Target): string =>
  target.bucket === undefined ? "/" : `/${target.bucket}${target.key === undefined ? "" : `/${target.key}`}`;
