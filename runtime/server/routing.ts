import { ObsError } from "@obs-toolkit/validator";

/** What a request addresses: the service root (`GET /`), a bucket, or an object. */
export type Level = "service" | "bucket" | "object";

/** What routing reads of an operation. */
export interface RouteKey {
  id: string;
  method: string;
  selectors: readonly string[];
  /** Headers whose presence selects the operation too (`x-amz-copy-source`), lowercase. */
  headerSelectors: readonly string[];
  /** Every query parameter the operation declares (selectors or not). */
  parameters: readonly string[];
  level: Level;
}

/** The methods S3 operations use: others answer 405 MethodNotAllowed. */
const S3_METHODS = new Set(["GET", "PUT", "POST", "DELETE", "HEAD"]);

const within = (inner: readonly string[], outer: readonly string[]) => inner.every((name) => outer.includes(name));

const LEVEL_WORDS: Record<Level, string> = { service: "the service", bucket: "a bucket", object: "an object" };

/** Chooses the operation of a request: its method, its level, its query's names, its (lowercase) headers. */
export type Router<R extends RouteKey> = (
  method: string,
  level: Level,
  query: readonly string[],
  headers: Readonly<Record<string, string>>,
) => R;

/**
 * The router of a set of operations, by specificity (as smithy's server mux ranks routes): among
 * the operations of the request's method and level whose every selector is in the query (or, for
 * a header selector, in the headers: `x-amz-copy-source` makes a PUT a copy), and
 * which name every sub-resource the query carries, the one whose selectors include all the
 * others'. Failing a full match, the one of that method and level sharing the most selectors
 * with the query (its validation then names what is missing: `PUT /key?uploadId=X` without
 * `partNumber` is an Upload Part missing its part number). Independent of the order of `routes`.
 *
 * Otherwise: 405 MethodNotAllowed when the resource exists with another method (or the method is
 * not one S3 uses), 501 NotImplemented when no operation serves it; 400 InvalidRequest when the
 * query selects two operations neither of which includes the other.
 *
 * A query key among `subResources` (the spec's `x-obs-routing`: `acl`, `uploadId`…; a presigned
 * URL's `X-Amz-*` and `x-id` are not ones) names a resource of its own: an operation that neither
 * selects by it nor declares it does not serve the request (`GET /bucket?acl` is not a listing).
 * Other keys are parameters, which an operation ignores when it does not name them.
 *
 * The operations are grouped by method and level once, so a request looks only at its own group.
 */
export function createRouter<R extends RouteKey>(routes: readonly R[], subResources: readonly string[]): Router<R> {
  const named = new Set(subResources);
  const groups = new Map<string, R[]>();
  const levels = new Map<Level, R[]>();
  for (const route of routes) {
    const group = `${route.method} ${route.level}`;
    groups.set(group, [...(groups.get(group) ?? []), route]);
    levels.set(route.level, [...(levels.get(route.level) ?? []), route]);
  }
  const specificity = (route: R) => route.selectors.length + route.headerSelectors.length;
  return (method, level, query, headers) => {
    const selects = (route: R) =>
      within(route.selectors, query) && route.headerSelectors.every((name) => headers[name] !== undefined);
    const subresources = query.filter((name) => named.has(name));
    const covers = (route: R) =>
      subresources.every((name) => route.selectors.includes(name) || route.parameters.includes(name));
    const candidates = groups.get(`${method} ${level}`) ?? [];
    let best: R | undefined;
    for (const route of candidates)
      if (selects(route) && (!best || specificity(route) > specificity(best))) best = route;
    if (best) {
      const chosen = best;
      const rival = candidates.find(
        (route) =>
          route !== chosen &&
          selects(route) &&
          (!within(route.selectors, chosen.selectors) || !within(route.headerSelectors, chosen.headerSelectors)),
      );
      if (rival) {
        throw new ObsError(
          "InvalidRequest",
          `The query selects both ${chosen.id} and ${rival.id} (${[...chosen.selectors, ...rival.selectors].map((s) => `?${s}`).join(" ")}); send the sub-resources of one.`,
          400,
        );
      }
      if (covers(chosen)) return chosen;
    }
    const shared = (route: R) =>
      route.selectors.filter((name) => query.includes(name)).length +
      route.headerSelectors.filter((name) => headers[name] !== undefined).length;
    // A route selected by a header is not the request's without it (a part copy is not an upload missing its number).
    const partial = candidates
      .filter((route) => shared(route) > 0 && route.headerSelectors.every((name) => headers[name] !== undefined))
      .sort((a, b) => shared(b) - shared(a));
    if (partial[0] && (partial.length === 1 || shared(partial[0]) > shared(partial[1] as R))) return partial[0];
    if (!S3_METHODS.has(method) || (levels.get(level) ?? []).some((route) => selects(route) && covers(route))) {
      throw new ObsError("MethodNotAllowed", `The method ${method} is not allowed against this resource.`, 405);
    }
    throw new ObsError(
      "NotImplemented",
      `${method} on ${LEVEL_WORDS[level]}${subresources.length ? ` with ${subresources.map((n) => `?${n}`).join(" ")}` : ""} is not implemented by this server.`,
      501,
    );
  };
}
