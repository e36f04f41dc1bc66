/** The member of `#/components/parameters/WriteIfMatch`, in every operation input that uses it. */
export interface WriteIfMatchParameter {
	/**
	* The object is written only if the stored object's ETag is this one (quotes optional); otherwise, or when there is no object, 412 PreconditionFailed.
	*
	* Header: `if-match`.
	*/
	ifMatch?: string | undefined;
}
