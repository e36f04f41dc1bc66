// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** The rule "The body's integrity is required, as Content-MD5 or a flexible checksum.", over the values of `content-md5`, `x-amz-checksum-crc32`, `x-amz-checksum-crc32c`, `x-amz-checksum-crc64nvme`, `x-amz-checksum-sha1`, `x-amz-checksum-sha256` (undefined: absent). */
export function checkContentMd5AnyOf(fail, contentMd5, checksumCrc32, checksumCrc32c, checksumCrc64nvme, checksumSha1, checksumSha256) {
	if (contentMd5 === undefined && checksumCrc32 === undefined && checksumCrc32c === undefined && checksumCrc64nvme === undefined && checksumSha1 === undefined && checksumSha256 === undefined) {
		fail("InvalidRequest", 400, "content-md5", "The body's integrity is required, as Content-MD5 or a flexible checksum. Send one of: content-md5, x-amz-checksum-crc32, x-amz-checksum-crc32c, x-amz-checksum-crc64nvme, x-amz-checksum-sha1, x-amz-checksum-sha256.");
	}
}
