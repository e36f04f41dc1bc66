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
/** Chooses the operation of a request: its method, its level, its query's names, its (lowercase) headers. */
export type Router<R extends RouteKey> = (method: string, level: Level, query: readonly string[], headers: Readonly<Record<string, string>>) => R;
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
* The operations are grouped by method and level once, so a request looks only at its own group.
*/
export declare function createRouter<R extends RouteKey>(routes: readonly R[]): Router<R>;
