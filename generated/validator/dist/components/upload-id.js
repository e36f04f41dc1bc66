// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** Checks query `uploadId` as `#/components/parameters/UploadId` defines it, reporting each broken rule to `fail`. */
export function checkUploadId(value, fail) {
	if (value === undefined || value === "") {
		fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
	}
}
