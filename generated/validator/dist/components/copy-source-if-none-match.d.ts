/** The member of `#/components/parameters/CopySourceIfNoneMatch`, in every operation input that uses it. */
export interface CopySourceIfNoneMatchParameter {
	/**
	* Copies the source object only if its ETag is different from the one specified by this header, otherwise a 412 HTTP status code error (failed precondition) is returned.
	*
	* Header: `x-amz-copy-source-if-none-match`.
	*/
	copySourceIfNoneMatch?: string | undefined;
}
