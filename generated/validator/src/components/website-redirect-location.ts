// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { codePointLength } from "../runtime/checks.js";
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
export function checkWebsiteRedirectLocation(value: string | undefined, fail: Fail): void {
  if (value !== undefined) {
    if (codePointLength(value) > 2048) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must be at most 2048 characters long.",
      );
    } else if (!(value.startsWith("/") || value.startsWith("http://") || value.startsWith("https://"))) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must start with /, http://, https://.",
      );
    }
  }
}
