/** The member of `#/components/parameters/ContentType`, in every operation input that uses it. */
export interface ContentTypeParameter {
	/**
	* The copy's MIME type, with x-amz-metadata-directive REPLACE.
	*
	* Header: `content-type`.
	*/
	contentType?: string | undefined;
}
