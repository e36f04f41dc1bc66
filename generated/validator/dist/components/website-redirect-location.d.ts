import { type Fail } from "../runtime/request.js";
/** The member of `#/components/parameters/WebsiteRedirectLocation`, in every operation input that uses it. */
export interface WebsiteRedirectLocationParameter {
	/**
	* If a bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. OBS stores the value of this header in the object metadata. The value must be prefixed by a slash (/), http://, or https://. The length of the value cannot exceed 2 K.
	*
	* Header: `x-amz-website-redirect-location`.
	*/
	websiteRedirectLocation?: string | undefined;
}
/** Checks header `x-amz-website-redirect-location` as `#/components/parameters/WebsiteRedirectLocation` defines it, reporting each broken rule to `fail`. */
export declare function checkWebsiteRedirectLocation(value: string | undefined, fail: Fail): void;
