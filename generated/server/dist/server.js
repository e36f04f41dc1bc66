// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { abortMultipartUploadRoute } from "./abort-multipart-upload.js";
import { completeMultipartUploadRoute } from "./complete-multipart-upload.js";
import { copyObjectRoute } from "./copy-object.js";
import { deleteBucketRoute } from "./delete-bucket.js";
import { deleteObjectRoute } from "./delete-object.js";
import { deleteObjectsRoute } from "./delete-objects.js";
import { getBucketLocationRoute } from "./get-bucket-location.js";
import { getBucketTaggingRoute } from "./get-bucket-tagging.js";
import { getBucketVersioningRoute } from "./get-bucket-versioning.js";
import { getObjectRoute } from "./get-object.js";
import { headBucketRoute } from "./head-bucket.js";
import { headObjectRoute } from "./head-object.js";
import { initiateMultipartUploadRoute } from "./initiate-multipart-upload.js";
import { listBucketsRoute } from "./list-buckets.js";
import { listMultipartUploadsRoute } from "./list-multipart-uploads.js";
import { listObjectVersionsRoute } from "./list-object-versions.js";
import { listObjectsV2Route } from "./list-objects-v2.js";
import { listObjectsRoute } from "./list-objects.js";
import { listPartsRoute } from "./list-parts.js";
import { putBucketTaggingRoute } from "./put-bucket-tagging.js";
import { putBucketVersioningRoute } from "./put-bucket-versioning.js";
import { putBucketRoute } from "./put-bucket.js";
import { putObjectRoute } from "./put-object.js";
import { createServerCore } from "./runtime/core.js";
import { uploadPartCopyRoute } from "./upload-part-copy.js";
import { uploadPartRoute } from "./upload-part.js";
const ROUTES = [
	abortMultipartUploadRoute,
	completeMultipartUploadRoute,
	copyObjectRoute,
	deleteBucketRoute,
	deleteObjectRoute,
	deleteObjectsRoute,
	getBucketLocationRoute,
	getBucketTaggingRoute,
	getBucketVersioningRoute,
	getObjectRoute,
	headBucketRoute,
	headObjectRoute,
	initiateMultipartUploadRoute,
	listBucketsRoute,
	listMultipartUploadsRoute,
	listObjectsRoute,
	listObjectsV2Route,
	listObjectVersionsRoute,
	listPartsRoute,
	putBucketRoute,
	putBucketTaggingRoute,
	putBucketVersioningRoute,
	putObjectRoute,
	uploadPartRoute,
	uploadPartCopyRoute
];
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export function createObsServer(options) {
	return createServerCore(options, ROUTES, {
		maxClockSkewSeconds: 900,
		service: "s3"
	});
}
