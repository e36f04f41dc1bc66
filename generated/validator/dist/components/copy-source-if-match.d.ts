/** The member of `#/components/parameters/CopySourceIfMatch`, in every operation input that uses it. */
export interface CopySourceIfMatchParameter {
	/**
	* Copies the source object only if its ETag matches the one specified by this header, otherwise a 412 HTTP status code error (failed precondition) is returned.
	*
	* Header: `x-amz-copy-source-if-match`.
	*/
	copySourceIfMatch?: string | undefined;
}
