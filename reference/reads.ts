import { ObsError } from "@obs-toolkit/server";

/** What GET and HEAD Object evaluate against the stored object. */
export interface Conditions {
  ifMatch?: string | undefined;
  ifNoneMatch?: string | undefined;
  ifModifiedSince?: string | undefined;
  ifUnmodifiedSince?: string | undefined;
}

const unquote = (tag: string) =>
  tag
    .trim()
    .replace(/^W\//, "")
    .replace(/^"(.*)"$/, "$1");

/** Whether an If-Match / If-None-Match list (`*`, or ETags quoted or not) names the ETag. */
function listNames(list: string, etag: string): boolean {
  return list.split(",").some((item) => item.trim() === "*" || unquote(item) === etag);
}

/** An HTTP date to the second it names; undefined (the header ignored) when it is not one. */
function httpSeconds(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : Math.floor(time / 1000);
}

/**
 * RFC 7232 section 6, as S3 evaluates it: If-Match (412), else If-Unmodified-Since (412); then
 * If-None-Match (304), else If-Modified-Since (304). The 304 carries the ETag and Last-Modified.
 */
export function checkConditions(conditions: Conditions, etag: string, lastModified: Date): void {
  const modified = Math.floor(lastModified.getTime() / 1000);
  const failed = () =>
    new ObsError("PreconditionFailed", "At least one of the preconditions you specified did not hold.", 412);
  if (conditions.ifMatch !== undefined) {
    if (!listNames(conditions.ifMatch, etag)) throw failed();
  } else {
    const since = httpSeconds(conditions.ifUnmodifiedSince);
    if (since !== undefined && modified > since) throw failed();
  }
  const notModified = () =>
    new ObsError("NotModified", "Not Modified", 304, {
      headers: { etag: `"${etag}"`, "last-modified": lastModified.toUTCString() },
    });
  if (conditions.ifNoneMatch !== undefined) {
    if (listNames(conditions.ifNoneMatch, etag)) throw notModified();
  } else {
    const since = httpSeconds(conditions.ifModifiedSince);
    if (since !== undefined && modified <= since) throw notModified();
  }
}

/**
 * The byte range a Range header asks of an object of `size` bytes: `{ start, end }` (end
 * exclusive), or undefined for the whole object, which is what S3 answers to a header it cannot
 * read or that names several ranges. A range starting at or past the end is 416 InvalidRange.
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  if (header === undefined) return undefined;
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  const invalid = () =>
    new ObsError("InvalidRange", "The requested range is not satisfiable.", 416, {
      headers: { "content-range": `bytes */${size}` },
    });
  if (match[1] === "") {
    // A suffix: the last N bytes.
    const length = Number(match[2]);
    if (length === 0) throw invalid();
    return { start: Math.max(size - length, 0), end: size };
  }
  const start = Number(match[1]);
  const last = match[2] === "" ? size - 1 : Number(match[2]);
  if (match[2] !== "" && last < start) return undefined;
  if (start >= size) throw invalid();
  return { start, end: Math.min(last, size - 1) + 1 };
}

/** A copy's source conditions (x-amz-copy-source-if-*): the same tests, every failure 412. */
export function checkCopyConditions(conditions: Conditions, etag: string, lastModified: Date): void {
  try {
    checkConditions(conditions, etag, lastModified);
  } catch (error) {
    if (error instanceof ObsError && error.code === "NotModified")
      throw new ObsError("PreconditionFailed", "At least one of the preconditions you specified did not hold.", 412);
    throw error;
  }
}

/** `x-amz-copy-source`: `/bucket/key` or `bucket/key`, URL-encoded, with an optional `?versionId=`. */
export function parseCopySource(value: string): { bucket: string; key: string; versionId: string | undefined } {
  const invalid = () =>
    new ObsError("InvalidArgument", "Copy Source must mention the source bucket and key: sourcebucket/sourcekey.", 400);
  const [path = "", query] = value.split("?", 2);
  let decoded: string;
  try {
    decoded = decodeURIComponent(path.replace(/^\//, ""));
  } catch {
    throw invalid();
  }
  const slash = decoded.indexOf("/");
  if (slash <= 0 || slash === decoded.length - 1) throw invalid();
  const versionId = query?.startsWith("versionId=") ? decodeURIComponent(query.slice("versionId=".length)) : undefined;
  if (query !== undefined && versionId === undefined) throw invalid();
  return { bucket: decoded.slice(0, slash), key: decoded.slice(slash + 1), versionId };
}

/** `x-amz-copy-source-range: bytes=first-last`, both within an object of `size` bytes. */
export function copyRange(header: string | undefined, size: number): { start: number; end: number } {
  if (header === undefined) return { start: 0, end: size };
  const match = /^bytes=(\d+)-(\d+)$/.exec(header);
  const start = Number(match?.[1]);
  const last = Number(match?.[2]);
  if (!match || last < start || last >= size)
    throw new ObsError(
      "InvalidArgument",
      `The x-amz-copy-source-range ${header} is not within the source object of ${size} bytes.`,
      400,
    );
  return { start, end: last + 1 };
}
