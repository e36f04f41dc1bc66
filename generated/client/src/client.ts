import {
  validateInitiateMultipartUploadRequest,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
} from "@obs-toolkit/validator";
import { errorFromIssues, send, type ObsClientConfig } from "./runtime/transport.js";
import {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
} from "./initiate-multipart-upload.js";

/**
 * A typed client for the OBS S3-compatible object storage API.
 *
 * Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
 */
export class ObsClient {
  private readonly config: ObsClientConfig;

  constructor(config: ObsClientConfig) {
    const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;
    if (!endpoint || (endpoint.protocol !== "http:" && endpoint.protocol !== "https:"))
      throw new TypeError(`endpoint must be an http(s) URL, got ${JSON.stringify(config.endpoint)}`);
    if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4")
      throw new TypeError('signatureVersion must be "v2" or "v4"');
    this.config = { ...config };
  }

  /**
   * Initiate Multipart Upload.
   *
   * You can use this operation to obtain a globally unique upload ID.
   *
   * This upload ID is used to associate all parts in the specific multipart upload. You can
   * specify this upload ID in each of your subsequent requests such as Upload Part, Complete
   * Multipart Upload, and List Parts.
   *
   * The key of the object for which a multipart upload is intended can be the same as an
   * existing object. You can initiate one or more multipart uploads for one object.
   *
   * An Initiate Multipart Upload request can contain multiple headers such as x-amz-acl,
   * x-amz-meta-*, Content-Type, and Content-Encoding. The headers are recorded in the metadata
   * of parts uploaded for the specific multipart upload.
   *
   * This operation makes server-side encryption available.
   *
   * If a bucket has WORM enabled, you can configure object-level retention policies when
   * initiating multipart uploads with the x-amz-object-lock-mode and
   * x-amz-object-lock-retain-until-date headers, to protect the object assembled. If you do not
   * specify these two headers but have configured a default bucket-level WORM policy, this
   * default policy automatically applies to the object newly assembled.
   *
   * @throws ObsError for an invalid input (before sending) or an S3 error response.
   */
  async initiateMultipartUpload(input: InitiateMultipartUploadInput): Promise<InitiateMultipartUploadOutput> {
    const request = serializeInitiateMultipartUploadRequest(input);
    const checked = validateInitiateMultipartUploadRequest(request);
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeInitiateMultipartUploadResponse(await send(this.config, request));
  }
}
