/** The member of `#/components/parameters/Range`, in every operation input that uses it. */
export interface RangeParameter {
	/**
	* Obtains the specified range bytes of an object. The value is a range starting from 0 to maximum object length minus one. If the range is invalid, all object data is returned.
	*
	* The header format for a single range is *bytes=byte_range*, for example, bytes=0-4 or bytes=512-1024. A suffix (bytes=-500, the last 500 bytes) and an open end (bytes=500-) are accepted too.
	*
	* Header: `range`.
	*/
	range?: string | undefined;
}
