/** The member of `#/components/parameters/ReadIfNoneMatch`, in every operation input that uses it. */
export interface ReadIfNoneMatchParameter {
	/**
	* Returns the object only if its ETag is different from the one specified by this header, otherwise 304 Not Modified is returned.
	*
	* An example ETag value is 0f64741bf7cb1089e988e4585d0d3434.
	*
	* Header: `if-none-match`.
	*/
	ifNoneMatch?: string | undefined;
}
