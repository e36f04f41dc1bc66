import { ObsError } from "@obs-toolkit/validator";
const S3_METHODS = new Set(["GET", "PUT", "POST", "DELETE", "HEAD"]);
const within = (inner, outer) => inner.every((name) => outer.includes(name));
export function selectRoute(routes, method, hasKey, query) {
    const names = [...query];
    const sameLevel = routes.filter((route) => route.hasKey === hasKey);
    const candidates = sameLevel.filter((route) => route.method === method);
    const full = candidates.filter((route) => within(route.selectors, names));
    if (full.length > 0) {
        const best = full.reduce((a, b) => (b.selectors.length > a.selectors.length ? b : a));
        const rival = full.find((route) => route !== best && !within(route.selectors, best.selectors));
        if (rival) {
            throw new ObsError("InvalidRequest", `The query selects both ${best.id} and ${rival.id} (${[...best.selectors, ...rival.selectors].map((s) => `?${s}`).join(" ")}); send the sub-resources of one.`, 400);
        }
        return best;
    }
    const shared = (route) => route.selectors.filter((name) => query.has(name)).length;
    const partial = candidates.filter((route) => shared(route) > 0).sort((a, b) => shared(b) - shared(a));
    if (partial[0] && (partial.length === 1 || shared(partial[0]) > shared(partial[1])))
        return partial[0];
    const where = hasKey ? "an object" : "a bucket";
    if (!S3_METHODS.has(method) ||
        sameLevel.some((route) => route.selectors.length > 0 && within(route.selectors, names))) {
        throw new ObsError("MethodNotAllowed", `The method ${method} is not allowed against this resource.`, 405);
    }
    throw new ObsError("NotImplemented", `${method} on ${where}${names.length ? ` with ${names.map((n) => `?${n}`).join(" ")}` : ""} is not implemented by this server.`, 501);
}
