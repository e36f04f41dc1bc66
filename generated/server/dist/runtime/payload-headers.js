// Copied from runtime/server/payload-headers.ts by `npm run generate`: edit that file, not this one.
/**
* The request headers the payload layer (payload.ts) verifies the body against. They describe the
* body, not the operation: a spec declares them `x-obs-transport: http`, never as members.
*/
export const PAYLOAD_HEADERS = new Set([
	"content-md5",
	"x-amz-content-sha256",
	"x-amz-decoded-content-length",
	"x-amz-trailer",
	"x-amz-checksum-crc32",
	"x-amz-checksum-crc32c",
	"x-amz-checksum-crc64nvme",
	"x-amz-checksum-sha1",
	"x-amz-checksum-sha256"
]);
