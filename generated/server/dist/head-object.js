// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { validateHeadObjectRequest } from "@obs-toolkit/validator";
import { notImplemented } from "./runtime/core.js";
/** The 200 or 206 response of HEAD Object: and the response headers. */
export function renderHeadObjectResponse(output) {
	const headers = {
		"content-length": output.contentLength === undefined ? undefined : String(output.contentLength),
		"content-type": output.contentType,
		"etag": output.eTag,
		"last-modified": output.lastModified?.toUTCString(),
		"accept-ranges": output.acceptRanges,
		"cache-control": output.cacheControl,
		"content-disposition": output.contentDisposition,
		"content-encoding": output.contentEncoding,
		"content-language": output.contentLanguage,
		"expires": output.expires,
		"x-amz-website-redirect-location": output.websiteRedirectLocation,
		"x-amz-version-id": output.versionId,
		"x-amz-server-side-encryption": output.serverSideEncryption,
		"x-amz-server-side-encryption-aws-kms-key-id": output.sseKmsKeyId,
		"x-amz-server-side-encryption-customer-algorithm": output.sseCustomerAlgorithm,
		"x-amz-server-side-encryption-customer-key-md5": output.sseCustomerKeyMd5,
		"x-amz-storage-class": output.storageClass,
		"x-amz-checksum-crc32": output.checksumCrc32,
		"x-amz-checksum-crc32c": output.checksumCrc32c,
		"x-amz-checksum-crc64nvme": output.checksumCrc64Nvme,
		"x-amz-checksum-sha1": output.checksumSha1,
		"x-amz-checksum-sha256": output.checksumSha256,
		"content-range": output.contentRange,
		"x-amz-object-lock-mode": output.objectLockMode,
		"x-amz-object-lock-retain-until-date": output.objectLockRetainUntilDate
	};
	for (const [name, value] of Object.entries(output.metadata ?? {})) headers[`x-amz-meta-${name.toLowerCase()}`] = value;
	return {
		ok: true,
		status: output.contentRange !== undefined ? 206 : 200,
		headers,
		body: ""
	};
}
/** How the server routes, validates and answers HEAD Object (`HEAD /{BucketName}/{ObjectName}`). */
export const headObjectRoute = {
	id: "HeadObject",
	method: "HEAD",
	selectors: [],
	headerSelectors: [],
	parameters: ["versionId"],
	level: "object",
	payload: { kind: "none" },
	implemented: (handlers) => handlers.headObject !== undefined,
	async run(handlers, request, context) {
		const handler = handlers.headObject;
		if (!handler) throw notImplemented("HEAD Object");
		const checked = validateHeadObjectRequest(request, {
			requestTime: context.receivedAt,
			headersNormalized: true
		});
		if (!checked.ok) return checked;
		return renderHeadObjectResponse(await handler(checked.value, context));
	}
};
