/** The member of `#/components/parameters/ContentLanguage`, in every operation input that uses it. */
export interface ContentLanguageParameter {
	/**
	* The language of the object's content, for example `en`.
	*
	* Header: `content-language`.
	*/
	contentLanguage?: string | undefined;
}
