// Generated from spec/ by `npm run generate`: edit the spec, not this file.
import { abortMultipartUploadRoute, type AbortMultipartUploadHandler } from "./abort-multipart-upload.js";
import { completeMultipartUploadRoute, type CompleteMultipartUploadHandler } from "./complete-multipart-upload.js";
import { copyObjectRoute, type CopyObjectHandler } from "./copy-object.js";
import { deleteBucketRoute, type DeleteBucketHandler } from "./delete-bucket.js";
import { deleteObjectRoute, type DeleteObjectHandler } from "./delete-object.js";
import { deleteObjectsRoute, type DeleteObjectsHandler } from "./delete-objects.js";
import { getBucketLocationRoute, type GetBucketLocationHandler } from "./get-bucket-location.js";
import { getBucketTaggingRoute, type GetBucketTaggingHandler } from "./get-bucket-tagging.js";
import { getBucketVersioningRoute, type GetBucketVersioningHandler } from "./get-bucket-versioning.js";
import { getObjectRoute, type GetObjectHandler } from "./get-object.js";
import { headBucketRoute, type HeadBucketHandler } from "./head-bucket.js";
import { headObjectRoute, type HeadObjectHandler } from "./head-object.js";
import { initiateMultipartUploadRoute, type InitiateMultipartUploadHandler } from "./initiate-multipart-upload.js";
import { listBucketsRoute, type ListBucketsHandler } from "./list-buckets.js";
import { listMultipartUploadsRoute, type ListMultipartUploadsHandler } from "./list-multipart-uploads.js";
import { listObjectVersionsRoute, type ListObjectVersionsHandler } from "./list-object-versions.js";
import { listObjectsV2Route, type ListObjectsV2Handler } from "./list-objects-v2.js";
import { listObjectsRoute, type ListObjectsHandler } from "./list-objects.js";
import { listPartsRoute, type ListPartsHandler } from "./list-parts.js";
import { putBucketTaggingRoute, type PutBucketTaggingHandler } from "./put-bucket-tagging.js";
import { putBucketVersioningRoute, type PutBucketVersioningHandler } from "./put-bucket-versioning.js";
import { putBucketRoute, type PutBucketHandler } from "./put-bucket.js";
import { putObjectRoute, type PutObjectHandler } from "./put-object.js";
import { createServerCore, type ObsServer, type ObsServerOptions, type Route } from "./runtime/core.js";
import { uploadPartCopyRoute, type UploadPartCopyHandler } from "./upload-part-copy.js";
import { uploadPartRoute, type UploadPartHandler } from "./upload-part.js";

/** The operations a server implements, each optional: a request for one without a handler answers 501 NotImplemented. Each receives validated, typed input; throwing an `ObsError` (e.g. `NoSuchBucket`) answers that S3 error. */
export interface ObsHandlers
  extends
    AbortMultipartUploadHandler,
    CompleteMultipartUploadHandler,
    CopyObjectHandler,
    DeleteBucketHandler,
    DeleteObjectHandler,
    DeleteObjectsHandler,
    GetBucketLocationHandler,
    GetBucketTaggingHandler,
    GetBucketVersioningHandler,
    GetObjectHandler,
    HeadBucketHandler,
    HeadObjectHandler,
    InitiateMultipartUploadHandler,
    ListBucketsHandler,
    ListMultipartUploadsHandler,
    ListObjectsHandler,
    ListObjectsV2Handler,
    ListObjectVersionsHandler,
    ListPartsHandler,
    PutBucketHandler,
    PutBucketTaggingHandler,
    PutBucketVersioningHandler,
    PutObjectHandler,
    UploadPartHandler,
    UploadPartCopyHandler {}

const ROUTES: readonly Route<ObsHandlers>[] = [
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
  uploadPartCopyRoute,
];

/** A framework-free OBS S3-compatible object storage API server: it routes virtual-hosted and path-style requests, verifies V2 and V4 signatures (clock skew up to 900 s), validates each request against the spec, calls your handler and writes the S3 XML answer. Serve it with `createNodeListener`. */
export function createObsServer(options: ObsServerOptions<ObsHandlers>): ObsServer {
  return createServerCore(options, ROUTES, {
    maxClockSkewSeconds: 900,
    service: "s3",
    subResources: [
      "accelerate",
      "acl",
      "analytics",
      "append",
      "cors",
      "customdomain",
      "delete",
      "deletebucket",
      "encryption",
      "intelligent-tiering",
      "inventory",
      "legal-hold",
      "lifecycle",
      "location",
      "logging",
      "metadata",
      "metrics",
      "modify",
      "notification",
      "object-lock",
      "ownershipControls",
      "partNumber",
      "policy",
      "policyStatus",
      "publicAccessBlock",
      "quota",
      "replication",
      "requestPayment",
      "restore",
      "retention",
      "select",
      "storageClass",
      "storagePolicy",
      "storageinfo",
      "tagging",
      "torrent",
      "uploadId",
      "uploads",
      "versionId",
      "versioning",
      "versions",
      "website",
    ],
  });
}
