// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { LIST_MULTIPART_UPLOADS_OUTPUT_XML } from "@obs-toolkit/validator";
import { readXmlResponse, responseHeader } from "./runtime/transport.js";
/** The HTTP request of List Multipart Uploads for `input`: method, bucket, key, sub-resources, query, headers. */
export function serializeListMultipartUploadsRequest(input) {
	const headers = { "x-amz-security-token": input.securityToken };
	return {
		method: "GET",
		bucket: input.bucket,
		key: undefined,
		subresources: ["uploads"],
		query: {
			"delimiter": input.delimiter,
			"prefix": input.prefix,
			"max-uploads": input.maxUploads === undefined ? undefined : String(input.maxUploads),
			"key-marker": input.keyMarker,
			"upload-id-marker": input.uploadIdMarker
		},
		headers
	};
}
/**
* The output of List Multipart Uploads from a successful response: the `ListMultipartUploadsResult` document (in any XML namespace) and the response headers.
*
* @throws ObsError `InvalidResponse` when the body is not a complete document or a required header is missing.
*/
export function deserializeListMultipartUploadsResponse(response) {
	return {
		...readXmlResponse(response, LIST_MULTIPART_UPLOADS_OUTPUT_XML),
		requestId: responseHeader(response, "x-amz-request-id", "string", false),
		hostId: responseHeader(response, "x-amz-id-2", "string", false)
	};
}
