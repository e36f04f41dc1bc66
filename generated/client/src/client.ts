import {
  validateAbortMultipartUploadRequest,
  type AbortMultipartUploadInput,
  type AbortMultipartUploadOutput,
  validateCompleteMultipartUploadRequest,
  type CompleteMultipartUploadInput,
  type CompleteMultipartUploadOutput,
  validateInitiateMultipartUploadRequest,
  type InitiateMultipartUploadInput,
  type InitiateMultipartUploadOutput,
  validateListMultipartUploadsRequest,
  type ListMultipartUploadsInput,
  type ListMultipartUploadsOutput,
  validateListPartsRequest,
  type ListPartsInput,
  type ListPartsOutput,
  validateUploadPartRequest,
  type UploadPartInput,
  type UploadPartOutput,
} from "@obs-toolkit/validator";
import {
  errorFromIssues,
  send,
  type CallOptions,
  type ObsClientConfig,
  type WithBodySource,
} from "./runtime/transport.js";
import {
  serializeAbortMultipartUploadRequest,
  deserializeAbortMultipartUploadResponse,
  type AbortMultipartUploadMethod,
} from "./abort-multipart-upload.js";
import {
  serializeCompleteMultipartUploadRequest,
  deserializeCompleteMultipartUploadResponse,
  type CompleteMultipartUploadMethod,
} from "./complete-multipart-upload.js";
import {
  serializeInitiateMultipartUploadRequest,
  deserializeInitiateMultipartUploadResponse,
  type InitiateMultipartUploadMethod,
} from "./initiate-multipart-upload.js";
import {
  serializeListMultipartUploadsRequest,
  deserializeListMultipartUploadsResponse,
  type ListMultipartUploadsMethod,
} from "./list-multipart-uploads.js";
import { serializeListPartsRequest, deserializeListPartsResponse, type ListPartsMethod } from "./list-parts.js";
import { serializeUploadPartRequest, deserializeUploadPartResponse, type UploadPartMethod } from "./upload-part.js";

/**
 * A typed client for the OBS S3-compatible object storage API.
 *
 * Each method validates its input with the same rules (and S3 error codes) as the server, signs the request with V2 or V4, sends it with the built-in fetch and parses the XML answer. An S3 error response is thrown as an `ObsError` carrying `code`, `message`, `statusCode`, `requestId` and `hostId`.
 */
export class ObsClient
  implements
    AbortMultipartUploadMethod,
    CompleteMultipartUploadMethod,
    InitiateMultipartUploadMethod,
    ListMultipartUploadsMethod,
    ListPartsMethod,
    UploadPartMethod
{
  private readonly config: ObsClientConfig;

  constructor(config: ObsClientConfig) {
    const endpoint = URL.canParse(config.endpoint) ? new URL(config.endpoint) : undefined;
    if (!endpoint || (endpoint.protocol !== "http:" && endpoint.protocol !== "https:"))
      throw new TypeError(`endpoint must be an http(s) URL, got ${JSON.stringify(config.endpoint)}`);
    if (config.signatureVersion !== "v2" && config.signatureVersion !== "v4")
      throw new TypeError('signatureVersion must be "v2" or "v4"');
    this.config = { ...config };
  }

  async abortMultipartUpload(
    input: AbortMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<AbortMultipartUploadOutput> {
    const request = serializeAbortMultipartUploadRequest(input);
    const checked = validateAbortMultipartUploadRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeAbortMultipartUploadResponse(await send(this.config, request, options));
  }

  async completeMultipartUpload(
    input: CompleteMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<CompleteMultipartUploadOutput> {
    const request = serializeCompleteMultipartUploadRequest(input);
    const checked = validateCompleteMultipartUploadRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeCompleteMultipartUploadResponse(await send(this.config, request, options));
  }

  async initiateMultipartUpload(
    input: InitiateMultipartUploadInput,
    options: CallOptions = {},
  ): Promise<InitiateMultipartUploadOutput> {
    const request = serializeInitiateMultipartUploadRequest(input);
    const checked = validateInitiateMultipartUploadRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeInitiateMultipartUploadResponse(await send(this.config, request, options));
  }

  async listMultipartUploads(
    input: ListMultipartUploadsInput,
    options: CallOptions = {},
  ): Promise<ListMultipartUploadsOutput> {
    const request = serializeListMultipartUploadsRequest(input);
    const checked = validateListMultipartUploadsRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListMultipartUploadsResponse(await send(this.config, request, options));
  }

  async listParts(input: ListPartsInput, options: CallOptions = {}): Promise<ListPartsOutput> {
    const request = serializeListPartsRequest(input);
    const checked = validateListPartsRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeListPartsResponse(await send(this.config, request, options));
  }

  async uploadPart(
    input: WithBodySource<UploadPartInput, "body">,
    options: CallOptions = {},
  ): Promise<UploadPartOutput> {
    const request = serializeUploadPartRequest(input);
    const checked = validateUploadPartRequest(request, { checkTransport: false });
    if (!checked.ok) throw errorFromIssues(checked.errors);
    return deserializeUploadPartResponse(await send(this.config, request, options));
  }
}
