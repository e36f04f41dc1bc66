// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { codePointLength } from "../runtime/checks.js";
/** Checks header `x-amz-website-redirect-location` as `#/components/parameters/WebsiteRedirectLocation` defines it, reporting each broken rule to `fail`. */
export function checkWebsiteRedirectLocation(value, fail) {
	if (value !== undefined) {
		if (codePointLength(value) > 2048) {
			fail("InvalidRedirectLocation", 400, "x-amz-website-redirect-location", "x-amz-website-redirect-location must be at most 2048 characters long.");
		} else if (!(value.startsWith("/") || value.startsWith("http://") || value.startsWith("https://"))) {
			fail("InvalidRedirectLocation", 400, "x-amz-website-redirect-location", "x-amz-website-redirect-location must start with /, http://, https://.");
		}
	}
}
