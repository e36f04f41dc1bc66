/** The member of `#/components/parameters/CopySourceIfUnmodifiedSince`, in every operation input that uses it. */
export interface CopySourceIfUnmodifiedSinceParameter {
	/**
	* Copies the source object only if it has not been modified since the time specified by this header, otherwise a 412 HTTP status code error (failed precondition) is returned.
	*
	* Header: `x-amz-copy-source-if-unmodified-since`.
	*/
	copySourceIfUnmodifiedSince?: string | undefined;
}
