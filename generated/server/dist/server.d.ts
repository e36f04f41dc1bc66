import { type AbortMultipartUploadHandler } from "./abort-multipart-upload.js";
import { type CompleteMultipartUploadHandler } from "./complete-multipart-upload.js";
import { type CopyObjectHandler } from "./copy-object.js";
import { type DeleteBucketHandler } from "./delete-bucket.js";
import { type DeleteObjectHandler } from "./delete-object.js";
import { type DeleteObjectsHandler } from "./delete-objects.js";
import { type GetBucketLocationHandler } from "./get-bucket-location.js";
import { type GetBucketTaggingHandler } from "./get-bucket-tagging.js";
import { type GetBucketVersioningHandler } from "./get-bucket-versioning.js";
import { type GetObjectHandler } from "./get-object.js";
import { type HeadBucketHandler } from "./head-bucket.js";
import { type HeadObjectHandler } from "./head-object.js";
import { type InitiateMultipartUploadHandler } from "./initiate-multipart-upload.js";
import { type ListBucketsHandler } from "./list-buckets.js";
import { type ListMultipartUploadsHandler } from "./list-multipart-uploads.js";
import { type ListObjectVersionsHandler } from "./list-object-versions.js";
import { type ListObjectsV2Handler } from "./list-objects-v2.js";
import { type ListObjectsHandler } from "./list-objects.js";
import { type ListPartsHandler } from "./list-parts.js";
import { type PutBucketTaggingHandler } from "./put-bucket-tagging.js";
import { type PutBucketVersioningHandler } from "./put-bucket-versioning.js";
import { type PutBucketHandler } from "./put-bucket.js";
import { type PutObjectHandler } from "./put-object.js";
import { type ObsServer, type ObsServerOptions } from "./runtime/core.js";
import { type UploadPartCopyHandler } from "./upload-part-copy.js";
import { type UploadPartHandler } from "./upload-part.js";
/** The operations a server implements, each optional: a request for one without a handler answers 501 NotImplemented. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error. */
export interface ObsHandlers extends AbortMultipartUploadHandler, CompleteMultipartUploadHandler, CopyObjectHandler, DeleteBucketHandler, DeleteObjectHandler, DeleteObjectsHandler, GetBucketLocationHandler, GetBucketTaggingHandler, GetBucketVersioningHandler, GetObjectHandler, HeadBucketHandler, HeadObjectHandler, InitiateMultipartUploadHandler, ListBucketsHandler, ListMultipartUploadsHandler, ListObjectsHandler, ListObjectsV2Handler, ListObjectVersionsHandler, ListPartsHandler, PutBucketHandler, PutBucketTaggingHandler, PutBucketVersioningHandler, PutObjectHandler, UploadPartHandler, UploadPartCopyHandler {}
/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export declare function createObsServer(options: ObsServerOptions<ObsHandlers>): ObsServer;
