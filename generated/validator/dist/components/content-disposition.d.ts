/** The member of `#/components/parameters/ContentDisposition`, in every operation input that uses it. */
export interface ContentDispositionParameter {
	/**
	* How the object is presented (RFC 6266), for example `attachment; filename="a.txt"`.
	*
	* Header: `content-disposition`.
	*/
	contentDisposition?: string | undefined;
}
