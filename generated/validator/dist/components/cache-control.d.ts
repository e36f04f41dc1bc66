/** The member of `#/components/parameters/CacheControl`, in every operation input that uses it. */
export interface CacheControlParameter {
	/**
	* The caching directives answered with the object (RFC 7234), for example `max-age=3600`.
	*
	* Header: `cache-control`.
	*/
	cacheControl?: string | undefined;
}
