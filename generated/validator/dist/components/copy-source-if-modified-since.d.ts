/** The member of `#/components/parameters/CopySourceIfModifiedSince`, in every operation input that uses it. */
export interface CopySourceIfModifiedSinceParameter {
	/**
	* Copies the source object only if it has not been modified since the time specified by this header, otherwise a 412 HTTP status code error (failed precondition) is returned.
	*
	* Header: `x-amz-copy-source-if-modified-since`.
	*/
	copySourceIfModifiedSince?: string | undefined;
}
