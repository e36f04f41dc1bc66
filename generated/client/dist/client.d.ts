import { type AbortMultipartUploadInput, type AbortMultipartUploadOutput, type CompleteMultipartUploadInput, type CompleteMultipartUploadOutput, type CopyObjectInput, type CopyObjectOutput, type DeleteBucketInput, type DeleteBucketOutput, type DeleteObjectInput, type DeleteObjectOutput, type DeleteObjectsInput, type DeleteObjectsOutput, type GetBucketLocationInput, type GetBucketLocationOutput, type GetBucketTaggingInput, type GetBucketTaggingOutput, type GetBucketVersioningInput, type GetBucketVersioningOutput, type GetObjectInput, type GetObjectOutput, type HeadBucketInput, type HeadBucketOutput, type HeadObjectInput, type HeadObjectOutput, type InitiateMultipartUploadInput, type InitiateMultipartUploadOutput, type ListBucketsInput, type ListBucketsOutput, type ListMultipartUploadsInput, type ListMultipartUploadsOutput, type ListObjectsInput, type ListObjectsOutput, type ListObjectsV2Input, type ListObjectsV2Output, type ListObjectVersionsInput, type ListObjectVersionsOutput, type ListPartsInput, type ListPartsOutput, type PutBucketInput, type PutBucketOutput, type PutBucketTaggingInput, type PutBucketTaggingOutput, type PutBucketVersioningInput, type PutBucketVersioningOutput, type PutObjectInput, type PutObjectOutput, type UploadPartCopyInput, type UploadPartCopyOutput, type UploadPartInput, type UploadPartOutput } from "@obs-toolkit/validator";
import { type AbortMultipartUploadMethod } from "./abort-multipart-upload.js";
import { type CompleteMultipartUploadMethod } from "./complete-multipart-upload.js";
import { type CopyObjectMethod } from "./copy-object.js";
import { type DeleteBucketMethod } from "./delete-bucket.js";
import { type DeleteObjectMethod } from "./delete-object.js";
import { type DeleteObjectsMethod } from "./delete-objects.js";
import { type GetBucketLocationMethod } from "./get-bucket-location.js";
import { type GetBucketTaggingMethod } from "./get-bucket-tagging.js";
import { type GetBucketVersioningMethod } from "./get-bucket-versioning.js";
import { type GetObjectMethod } from "./get-object.js";
import { type HeadBucketMethod } from "./head-bucket.js";
import { type HeadObjectMethod } from "./head-object.js";
import { type InitiateMultipartUploadMethod } from "./initiate-multipart-upload.js";
import { type ListBucketsMethod } from "./list-buckets.js";
import { type ListMultipartUploadsMethod } from "./list-multipart-uploads.js";
import { type ListObjectVersionsMethod } from "./list-object-versions.js";
import { type ListObjectsV2Method } from "./list-objects-v2.js";
import { type ListObjectsMethod } from "./list-objects.js";
import { type ListPartsMethod } from "./list-parts.js";
import { type PutBucketTaggingMethod } from "./put-bucket-tagging.js";
import { type PutBucketVersioningMethod } from "./put-bucket-versioning.js";
import { type PutBucketMethod } from "./put-bucket.js";
import { type PutObjectMethod } from "./put-object.js";
import { type CallOptions, type ObsClientConfig, type WithBodySource } from "./runtime/transport.js";
import { type UploadPartCopyMethod } from "./upload-part-copy.js";
import { type UploadPartMethod } from "./upload-part.js";
/**
* A typed client for the OBS S3-compatible object storage API.
*
* Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
*/
export declare class ObsClient implements AbortMultipartUploadMethod, CompleteMultipartUploadMethod, CopyObjectMethod, DeleteBucketMethod, DeleteObjectMethod, DeleteObjectsMethod, GetBucketLocationMethod, GetBucketTaggingMethod, GetBucketVersioningMethod, GetObjectMethod, HeadBucketMethod, HeadObjectMethod, InitiateMultipartUploadMethod, ListBucketsMethod, ListMultipartUploadsMethod, ListObjectsMethod, ListObjectsV2Method, ListObjectVersionsMethod, ListPartsMethod, PutBucketMethod, PutBucketTaggingMethod, PutBucketVersioningMethod, PutObjectMethod, UploadPartMethod, UploadPartCopyMethod {
	private readonly config;
	constructor(config: ObsClientConfig);
	abortMultipartUpload(input: AbortMultipartUploadInput, options?: CallOptions): Promise<AbortMultipartUploadOutput>;
	completeMultipartUpload(input: CompleteMultipartUploadInput, options?: CallOptions): Promise<CompleteMultipartUploadOutput>;
	copyObject(input: CopyObjectInput, options?: CallOptions): Promise<CopyObjectOutput>;
	deleteBucket(input: DeleteBucketInput, options?: CallOptions): Promise<DeleteBucketOutput>;
	deleteObject(input: DeleteObjectInput, options?: CallOptions): Promise<DeleteObjectOutput>;
	deleteObjects(input: DeleteObjectsInput, options?: CallOptions): Promise<DeleteObjectsOutput>;
	getBucketLocation(input: GetBucketLocationInput, options?: CallOptions): Promise<GetBucketLocationOutput>;
	getBucketTagging(input: GetBucketTaggingInput, options?: CallOptions): Promise<GetBucketTaggingOutput>;
	getBucketVersioning(input: GetBucketVersioningInput, options?: CallOptions): Promise<GetBucketVersioningOutput>;
	getObject(input: GetObjectInput, options?: CallOptions): Promise<GetObjectOutput>;
	headBucket(input: HeadBucketInput, options?: CallOptions): Promise<HeadBucketOutput>;
	headObject(input: HeadObjectInput, options?: CallOptions): Promise<HeadObjectOutput>;
	initiateMultipartUpload(input: InitiateMultipartUploadInput, options?: CallOptions): Promise<InitiateMultipartUploadOutput>;
	listBuckets(input: ListBucketsInput, options?: CallOptions): Promise<ListBucketsOutput>;
	listMultipartUploads(input: ListMultipartUploadsInput, options?: CallOptions): Promise<ListMultipartUploadsOutput>;
	listObjects(input: ListObjectsInput, options?: CallOptions): Promise<ListObjectsOutput>;
	listObjectsV2(input: ListObjectsV2Input, options?: CallOptions): Promise<ListObjectsV2Output>;
	listObjectVersions(input: ListObjectVersionsInput, options?: CallOptions): Promise<ListObjectVersionsOutput>;
	listParts(input: ListPartsInput, options?: CallOptions): Promise<ListPartsOutput>;
	putBucket(input: PutBucketInput, options?: CallOptions): Promise<PutBucketOutput>;
	putBucketTagging(input: PutBucketTaggingInput, options?: CallOptions): Promise<PutBucketTaggingOutput>;
	putBucketVersioning(input: PutBucketVersioningInput, options?: CallOptions): Promise<PutBucketVersioningOutput>;
	putObject(input: WithBodySource<PutObjectInput, "body">, options?: CallOptions): Promise<PutObjectOutput>;
	uploadPart(input: WithBodySource<UploadPartInput, "body">, options?: CallOptions): Promise<UploadPartOutput>;
	uploadPartCopy(input: UploadPartCopyInput, options?: CallOptions): Promise<UploadPartCopyOutput>;
}
