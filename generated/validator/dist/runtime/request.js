export function headerValue(raw) {
    if (typeof raw === "string")
        return raw;
    if (!Array.isArray(raw))
        return undefined;
    const strings = raw.filter((value) => typeof value === "string");
    return strings.length > 0 ? strings.join(",") : undefined;
}
export function queryValue(query, name) {
    if (query === null || typeof query !== "object" || !Object.hasOwn(query, name))
        return undefined;
    const raw = query[name];
    if (typeof raw === "string")
        return raw;
    if (Array.isArray(raw) && typeof raw[0] === "string")
        return raw[0];
    return undefined;
}
