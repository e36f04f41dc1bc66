import { createHash, createHmac, timingSafeEqual } from "node:crypto";
export function uriEncode(value, keepSlash = false) {
    let out = "";
    for (const byte of Buffer.from(value, "utf8")) {
        const char = String.fromCharCode(byte);
        if (/[A-Za-z0-9\-_.~]/.test(char) || (keepSlash && char === "/"))
            out += char;
        else
            out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
}
export function sha256Hex(data) {
    return createHash("sha256").update(data).digest("hex");
}
export function hmac(key, data) {
    return createHmac("sha256", key).update(data, "utf8").digest();
}
export function signaturesEqual(expected, actual) {
    const a = Buffer.from(expected, "utf8");
    const b = Buffer.from(actual, "utf8");
    return timingSafeEqual(a, b.length === a.length ? b : a) && a.length === b.length;
}
export function lowercaseHeaders(headers) {
    const out = {};
    for (const [name, value] of Object.entries(headers)) {
        if (value === undefined)
            continue;
        const joined = typeof value === "string" ? value : value.join(",");
        const key = name.toLowerCase();
        out[key] = key in out ? `${out[key]},${joined}` : joined;
    }
    return out;
}
