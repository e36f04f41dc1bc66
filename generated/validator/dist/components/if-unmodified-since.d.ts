/** The member of `#/components/parameters/IfUnmodifiedSince`, in every operation input that uses it. */
export interface IfUnmodifiedSinceParameter {
	/**
	* Returns the object only if it has not been modified since the time specified by this header, otherwise 412 Precondition Failed is returned.
	*
	* Header: `if-unmodified-since`.
	*/
	ifUnmodifiedSince?: string | undefined;
}
