/** Lowercase header names; repeated values joined by commas; non-strings dropped. */
export function normalizeHeaders(headers) {
  const out = new Map();
  if (headers === null || typeof headers !== "object") return out;
  const names = Object.keys(headers);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const raw = headers[name];
    const value =
      typeof raw === "string"
        ? raw
        : Array.isArray(raw)
          ? raw.filter((v) => typeof v === "string").join(",")
          : undefined;
    if (value === undefined) continue;
    const key = name.toLowerCase();
    const previous = out.get(key);
    out.set(key, previous === undefined ? value : `${previous},${value}`);
  }
  return out;
}
/** The first string value of a query parameter, or undefined. */
export function queryValue(query, name) {
  if (query === null || typeof query !== "object" || !Object.hasOwn(query, name)) return undefined;
  const raw = query[name];
  if (typeof raw === "string") return raw;
  if (Array.isArray(raw) && typeof raw[0] === "string") return raw[0];
  return undefined;
}
/** Headers whose names start with `prefix`, the prefix removed, in a prototype-free record. */
export function prefixedHeaders(headers, prefix) {
  let out;
  headers.forEach((value, name) => {
    if (name.length <= prefix.length || !name.startsWith(prefix)) return;
    out ??= Object.create(null);
    out[name.slice(prefix.length)] = value;
  });
  return out;
}
