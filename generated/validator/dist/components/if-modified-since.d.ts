/** The member of `#/components/parameters/IfModifiedSince`, in every operation input that uses it. */
export interface IfModifiedSinceParameter {
	/**
	* Returns the object only if it has been modified since the time specified by this header, otherwise 304 Not Modified is returned.
	*
	* Header: `if-modified-since`.
	*/
	ifModifiedSince?: string | undefined;
}
