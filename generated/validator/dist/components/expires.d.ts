/** The member of `#/components/parameters/Expires`, in every operation input that uses it. */
export interface ExpiresParameter {
	/**
	* The date after which the object is stale (an HTTP date), answered as it was sent.
	*
	* Header: `expires`.
	*/
	expires?: string | undefined;
}
