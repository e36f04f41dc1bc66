/** The member of `#/components/parameters/ContentEncoding`, in every operation input that uses it. */
export interface ContentEncodingParameter {
	/**
	* The content encoding of the object being assembled, for example `gzip`. It is recorded with the upload and applies to the completed object.
	*
	* Header: `content-encoding`.
	*/
	contentEncoding?: string | undefined;
}
