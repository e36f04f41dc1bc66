/** A request as the validator sees it: already routed, with the bucket and key taken from the host or path. */
export interface ObsRequest {
  bucket?: string | undefined;
  /** The object key, percent-decoded. */
  key?: string | undefined;
  /** Decoded query parameters. */
  query?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
  /** Header names in any case. */
  headers?: Readonly<Record<string, string | readonly string[] | undefined>> | undefined;
}

export interface ValidateOptions {
  /** The time the request is received; dates that must lie after it are compared with it. Defaults to now. */
  requestTime?: Date | undefined;
}

/** One broken rule: the S3 error code and status it answers, and where. */
export interface ValidationIssue {
  code: string;
  status: number;
  message: string;
  /** The header, query parameter or path member the issue is about. */
  target: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationIssue[] };

/** Lowercase header names; repeated values joined by commas; non-strings dropped. */
export function normalizeHeaders(headers: ObsRequest["headers"]): Map<string, string> {
  const out = new Map<string, string>();
  if (headers === null || typeof headers !== "object") return out;
  const names = Object.keys(headers);
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const raw: unknown = headers[name];
    const value = typeof raw === "string" ? raw : Array.isArray(raw) ? raw.filter((v) => typeof v === "string").join(",") : undefined;
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const previous = out.get(key);
    out.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  return out;
}

/** The first string value of a query parameter, or undefined. */
export function queryValue(query: ObsRequest["query"], name: string): string | undefined {
  if (query === null || typeof query !== "object" || !Object.hasOwn(query, name)) return undefined;
  const raw: unknown = query[name];
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
  return undefined;
}

/** Headers whose names start with `prefix`, the prefix removed, in a prototype-free record. */
export function prefixedHeaders(headers: Map<string, string>, prefix: string): Record<string, string> | undefined {
  let out: Record<string, string> | undefined;
  headers.forEach((value, name) => {
    if (name.length <= prefix.length || !name.startsWith(prefix)) return;
    out ??= Object.create(null) as Record<string, string>;
    out[name.slice(prefix.length)] = value;
  });
  return out;
}
