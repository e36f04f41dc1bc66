/** The member of `#/components/parameters/ReadIfMatch`, in every operation input that uses it. */
export interface ReadIfMatchParameter {
	/**
	* Returns the object only if its ETag is the same as the one specified by this header, otherwise 412 Precondition Failed is returned.
	*
	* An example ETag value is 0f64741bf7cb1089e988e4585d0d3434.
	*
	* Header: `if-match`.
	*/
	ifMatch?: string | undefined;
}
