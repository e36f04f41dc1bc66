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
/**
* Splits the request target into bucket, key and query: virtual-hosted when the Host is a
* subdomain of one of `domains` (`bucket.obs.example.com`), path-style otherwise.
*/
export declare function parseTarget(url: string, host: string | undefined, domains: readonly string[]): Target;
/** `/bucket/key` (or `/bucket`, or `/`): the Resource of an error document. */
export declare const resourceOf: (target: Target) => string;
