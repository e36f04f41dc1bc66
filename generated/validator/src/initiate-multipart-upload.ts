import {
  headerValue,
  type ObsRequest,
  type ValidateOptions,
  type ValidationIssue,
  type ValidationResult,
} from "./runtime/request.js";
import {
  base64Md5Of,
  bucketNameProblem,
  codePointLength,
  isBase64OfLength,
  parseIso8601Utc,
  recordUtf8Length,
  utf8Length,
} from "./runtime/checks.js";
import { type XmlDocumentShape } from "./runtime/xml-shapes.js";
import { isCannedAcl, isStorageClass, type CannedAcl, type StorageClass } from "./types.js";

/** The input of Initiate Multipart Upload. */
export interface InitiateMultipartUploadInput {
  /**
   * The bucket. With virtual-hosted addressing it is the first label of the Host header (`bucketname.obs.example.com`); with path-style addressing it is the first path segment.
   *
   * Path: `BucketName`.
   */
  bucket: string;
  /**
   * The object key. It may contain `/`, so it takes the rest of the path; it is percent-decoded before it is checked.
   *
   * Path: `ObjectName`.
   */
  key: string;
  /**
   * A predefined access control policy (canned ACL) for the object, from the ACL page's Table 4. The values are case-sensitive. By default the policy is `private`.
   *
   * Header: `x-amz-acl`.
   */
  acl?: CannedAcl | undefined;
  /**
   * When creating an object, you can add this header in the request to set the storage class of the object. If you do not add this header, the object will use the default storage class of the bucket. The storage class can be STANDARD (OBS Standard), STANDARD_IA (OBS Warm), or GLACIER (OBS Cold); the values are case-sensitive.
   *
   * Header: `x-amz-storage-class`.
   */
  storageClass?: StorageClass | undefined;
  /**
   * If a bucket is configured as a website, redirects requests for this object to another object in the same bucket or to an external URL. OBS stores the value of this header in the object metadata. The value must be prefixed by a slash (/), http://, or https://. The length of the value cannot exceed 2 K.
   *
   * Header: `x-amz-website-redirect-location`.
   */
  websiteRedirectLocation?: string | undefined;
  /**
   * Indicates that SSE-KMS is used. This header is mandatory when SSE-KMS is used.
   *
   * Header: `x-amz-server-side-encryption`.
   */
  serverSideEncryption?: "aws:kms" | undefined;
  /**
   * Indicates the master key ID. This header is used in SSE-KMS mode. If the customer does not provide the master key, the default master key will be used.
   *
   * Header: `x-amz-server-side-encryption-aws-kms-key-id`.
   */
  sseKmsKeyId?: string | undefined;
  /**
   * Indicates an encryption algorithm. The header is used in SSE-C mode. This header must be used together with x-amz-server-side-encryption-customer-key and x-amz-server-side-encryption-customer-key-MD5.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: "AES256" | undefined;
  /**
   * Indicates a key used to encrypt objects. The header is used in SSE-C mode. This header is a base64-encoded 256-bit or 512-bit key and must be used together with x-amz-server-side-encryption-customer-algorithm and x-amz-server-side-encryption-customer-key-MD5.
   *
   * Header: `x-amz-server-side-encryption-customer-key`.
   */
  sseCustomerKey?: string | undefined;
  /**
   * Indicates the MD5 value of a key used to encrypt objects. The header is used in SSE-C mode. The MD5 value is used to check whether any error occurs during the transmission of the key. This header is a base64-encoded 128-bit MD5 value.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
  /**
   * Header field used to identify the request of a federated user. When the federal authentication function is enabled, users sending such requests are identified as federated users. This parameter must be carried in the request sent by federated users.
   *
   * Header: `x-amz-security-token`.
   */
  securityToken?: string | undefined;
  /**
   * WORM mode that will be applied to the object. Currently, only COMPLIANCE is supported. This header must be used together with x-amz-object-lock-retain-until-date.
   *
   * Header: `x-amz-object-lock-mode`.
   */
  objectLockMode?: "COMPLIANCE" | undefined;
  /**
   * Indicates the expiration time of the Object Lock retention. The value must be a UTC time that complies with ISO 8601, for example, 2015-07-01T04:11:15Z. This header must be used together with x-amz-object-lock-mode.
   *
   * Header: `x-amz-object-lock-retain-until-date`.
   */
  objectLockRetainUntilDate?: string | undefined;
  /**
   * The content type of the object being assembled, for example `text/plain`. It is recorded with the upload and applies to the completed object.
   *
   * Header: `content-type`.
   */
  contentType?: string | undefined;
  /**
   * The content encoding of the object being assembled, for example `gzip`. It is recorded with the upload and applies to the completed object.
   *
   * Header: `content-encoding`.
   */
  contentEncoding?: string | undefined;
  /**
   * User-defined metadata: every header whose name starts with `x-amz-meta-` is recorded with the upload; the rest of the name is the metadata name. Names and values together may not exceed 2 KB.
   *
   * Headers: `x-amz-meta-*`, one per entry.
   */
  metadata?: Record<string, string> | undefined;
}

/** The output of Initiate Multipart Upload. */
export interface InitiateMultipartUploadOutput {
  /**
   * Indicates the name of the bucket for which the multipart upload was initiated.
   *
   * XML: `<Bucket>`.
   */
  bucket: string;
  /**
   * Indicates the key of the object for which the multipart upload was initiated.
   *
   * XML: `<Key>`.
   */
  key: string;
  /**
   * Indicates the ID for the initiated multipart upload. This ID is used for the subsequent Upload Part operation.
   *
   * XML: `<UploadId>`.
   */
  uploadId: string;
  /**
   * The value created by OBS to uniquely identify a request. OBS uses this value to troubleshoot faults.
   *
   * Header: `x-amz-request-id`.
   */
  requestId?: string | undefined;
  /**
   * A special token that helps OBS troubleshoot faults.
   *
   * Header: `x-amz-id-2`.
   */
  hostId?: string | undefined;
  /**
   * This header is included in a response if SSE-KMS is used.
   *
   * Header: `x-amz-server-side-encryption`.
   */
  serverSideEncryption?: string | undefined;
  /**
   * Indicates the master key ID. This header is included in a response if SSE-KMS is used.
   *
   * Header: `x-amz-server-side-encryption-aws-kms-key-id`.
   */
  sseKmsKeyId?: string | undefined;
  /**
   * Indicates an encryption algorithm. This header is included in a response if SSE-C is used.
   *
   * Header: `x-amz-server-side-encryption-customer-algorithm`.
   */
  sseCustomerAlgorithm?: string | undefined;
  /**
   * Indicates the MD5 value of a key used to encrypt objects. This header is included in a response if SSE-C is used.
   *
   * Header: `x-amz-server-side-encryption-customer-key-md5`.
   */
  sseCustomerKeyMd5?: string | undefined;
}

/** How the Initiate Multipart Upload response body is written and read. */
export const INITIATE_MULTIPART_UPLOAD_OUTPUT_XML: XmlDocumentShape = {
  root: "InitiateMultipartUploadResult",
  namespace: "http://obs.example.com/doc/2015-06-30/",
  kind: "structure",
  members: [
    { member: "bucket", xml: "Bucket", required: true, shape: { kind: "string" } },
    { member: "key", xml: "Key", required: true, shape: { kind: "string" } },
    { member: "uploadId", xml: "UploadId", required: true, shape: { kind: "string" } },
  ],
};
const SERVER_SIDE_ENCRYPTION_VALUES: ReadonlySet<string> = new Set(["aws:kms"]);
const SSE_CUSTOMER_ALGORITHM_VALUES: ReadonlySet<string> = new Set(["AES256"]);
const OBJECT_LOCK_MODE_VALUES: ReadonlySet<string> = new Set(["COMPLIANCE"]);
/** The Initiate Multipart Upload input members that are secrets (`x-obs-sensitive`): never log or store them. */
export const INITIATE_MULTIPART_UPLOAD_SENSITIVE_MEMBERS: ReadonlySet<keyof InitiateMultipartUploadInput> = new Set([
  "sseCustomerKey",
  "securityToken",
]);

/**
 * Validates an Initiate Multipart Upload request against the spec and returns the typed input, or every rule it breaks with the S3 error code and status each answers.
 *
 * Header names are matched case-insensitively; headers the spec does not name are ignored. The function never throws.
 *
 * @param request The routed request: bucket, decoded key, query, headers.
 * @param options `requestTime`: the time the request was received (default: now).
 */
export function validateInitiateMultipartUploadRequest(
  request: ObsRequest,
  options: ValidateOptions = {},
): ValidationResult<InitiateMultipartUploadInput> {
  const errors: ValidationIssue[] = [];
  const fail = (code: string, status: number, target: string, message: string): void => {
    errors.push({ code, status, target, message });
  };
  // Callers from plain JavaScript may pass anything; treat a non-object as an empty request.
  const source: ObsRequest = request !== null && typeof request === "object" ? request : {};
  // Headers, in one pass: names in any case, a repeated header's values joined with commas.
  let acl: string | undefined;
  let storageClass: string | undefined;
  let websiteRedirectLocation: string | undefined;
  let serverSideEncryption: string | undefined;
  let sseKmsKeyId: string | undefined;
  let sseCustomerAlgorithm: string | undefined;
  let sseCustomerKey: string | undefined;
  let sseCustomerKeyMd5: string | undefined;
  let securityToken: string | undefined;
  let objectLockMode: string | undefined;
  let objectLockRetainUntilDate: string | undefined;
  let contentType: string | undefined;
  let contentEncoding: string | undefined;
  let metadata: Record<string, string> | undefined;
  const rawHeaders = source.headers;
  if (rawHeaders !== null && typeof rawHeaders === "object") {
    for (const rawName of Object.keys(rawHeaders)) {
      const value = headerValue(rawHeaders[rawName]);
      if (value === undefined) continue;
      const name = rawName.toLowerCase();
      switch (name) {
        case "x-amz-acl":
          acl = acl === undefined ? value : acl + "," + value;
          break;
        case "x-amz-storage-class":
          storageClass = storageClass === undefined ? value : storageClass + "," + value;
          break;
        case "x-amz-website-redirect-location":
          websiteRedirectLocation =
            websiteRedirectLocation === undefined ? value : websiteRedirectLocation + "," + value;
          break;
        case "x-amz-server-side-encryption":
          serverSideEncryption = serverSideEncryption === undefined ? value : serverSideEncryption + "," + value;
          break;
        case "x-amz-server-side-encryption-aws-kms-key-id":
          sseKmsKeyId = sseKmsKeyId === undefined ? value : sseKmsKeyId + "," + value;
          break;
        case "x-amz-server-side-encryption-customer-algorithm":
          sseCustomerAlgorithm = sseCustomerAlgorithm === undefined ? value : sseCustomerAlgorithm + "," + value;
          break;
        case "x-amz-server-side-encryption-customer-key":
          sseCustomerKey = sseCustomerKey === undefined ? value : sseCustomerKey + "," + value;
          break;
        case "x-amz-server-side-encryption-customer-key-md5":
          sseCustomerKeyMd5 = sseCustomerKeyMd5 === undefined ? value : sseCustomerKeyMd5 + "," + value;
          break;
        case "x-amz-security-token":
          securityToken = securityToken === undefined ? value : securityToken + "," + value;
          break;
        case "x-amz-object-lock-mode":
          objectLockMode = objectLockMode === undefined ? value : objectLockMode + "," + value;
          break;
        case "x-amz-object-lock-retain-until-date":
          objectLockRetainUntilDate =
            objectLockRetainUntilDate === undefined ? value : objectLockRetainUntilDate + "," + value;
          break;
        case "content-type":
          contentType = contentType === undefined ? value : contentType + "," + value;
          break;
        case "content-encoding":
          contentEncoding = contentEncoding === undefined ? value : contentEncoding + "," + value;
          break;
        default:
          if (name.length > 11 && name.startsWith("x-amz-meta-")) {
            metadata ??= Object.create(null) as Record<string, string>;
            const key = name.slice(11);
            const previous = metadata[key];
            metadata[key] = previous === undefined ? value : previous + "," + value;
          }
      }
    }
  }

  const requestTime = (options.requestTime ?? new Date()).getTime();

  // path: BucketName
  const bucket = typeof source.bucket === "string" ? source.bucket : undefined;
  if (bucket === undefined || bucket === "") {
    fail("InvalidArgument", 400, "BucketName", "BucketName is required.");
  } else {
    if (codePointLength(bucket) < 3) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at least 3 characters long.");
    } else if (codePointLength(bucket) > 63) {
      fail("InvalidBucketName", 400, "BucketName", "BucketName must be at most 63 characters long.");
    } else if (bucketNameProblem(bucket) !== undefined) {
      fail("InvalidBucketName", 400, "BucketName", bucketNameProblem(bucket) ?? "");
    }
  }

  // path: ObjectName
  const key = typeof source.key === "string" ? source.key : undefined;
  if (key === undefined || key === "") {
    fail("InvalidArgument", 400, "ObjectName", "ObjectName is required.");
  } else {
    if (utf8Length(key) > 1024) {
      fail("KeyTooLong", 400, "ObjectName", "ObjectName must be at most 1024 bytes long in UTF-8.");
    }
  }

  // x-amz-acl
  if (acl !== undefined) {
    if (!isCannedAcl(acl)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-acl",
        "x-amz-acl must be one of private, public-read, public-read-write, authenticated-read, bucket-owner-read, bucket-owner-full-control, log-delivery-write (case-sensitive).",
      );
    }
  }

  // x-amz-storage-class
  if (storageClass !== undefined) {
    if (!isStorageClass(storageClass)) {
      fail(
        "InvalidStorageClass",
        400,
        "x-amz-storage-class",
        "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).",
      );
    }
  }

  // x-amz-website-redirect-location
  if (websiteRedirectLocation !== undefined) {
    if (codePointLength(websiteRedirectLocation) > 2048) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must be at most 2048 characters long.",
      );
    } else if (!(
      websiteRedirectLocation.startsWith("/") ||
      websiteRedirectLocation.startsWith("http://") ||
      websiteRedirectLocation.startsWith("https://")
    )) {
      fail(
        "InvalidRedirectLocation",
        400,
        "x-amz-website-redirect-location",
        "x-amz-website-redirect-location must start with /, http://, https://.",
      );
    }
  }

  // x-amz-server-side-encryption
  if (serverSideEncryption !== undefined) {
    if (!SERVER_SIDE_ENCRYPTION_VALUES.has(serverSideEncryption)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption",
        "x-amz-server-side-encryption must be one of aws:kms (case-sensitive).",
      );
    }
  }

  // x-amz-server-side-encryption-customer-algorithm
  if (sseCustomerAlgorithm !== undefined) {
    if (!SSE_CUSTOMER_ALGORITHM_VALUES.has(sseCustomerAlgorithm)) {
      fail(
        "InvalidEncryptionAlgorithmError",
        400,
        "x-amz-server-side-encryption-customer-algorithm",
        "x-amz-server-side-encryption-customer-algorithm must be one of AES256 (case-sensitive).",
      );
    }
  }

  // x-amz-server-side-encryption-customer-key
  if (sseCustomerKey !== undefined) {
    if (!isBase64OfLength(sseCustomerKey, [32, 64])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key",
        "x-amz-server-side-encryption-customer-key must be base64 of 32 or 64 bytes.",
      );
    }
  }

  // x-amz-server-side-encryption-customer-key-md5
  if (sseCustomerKeyMd5 !== undefined) {
    if (!isBase64OfLength(sseCustomerKeyMd5, [16])) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be base64 of 16 bytes.",
      );
    } else if (sseCustomerKey !== undefined && base64Md5Of(sseCustomerKey) !== sseCustomerKeyMd5) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-server-side-encryption-customer-key-md5",
        "x-amz-server-side-encryption-customer-key-md5 must be the base64 MD5 of the decoded x-amz-server-side-encryption-customer-key.",
      );
    }
  }

  // x-amz-object-lock-mode
  if (objectLockMode !== undefined) {
    if (!OBJECT_LOCK_MODE_VALUES.has(objectLockMode)) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-mode",
        "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).",
      );
    }
  }

  // x-amz-object-lock-retain-until-date
  if (objectLockRetainUntilDate !== undefined) {
    if (parseIso8601Utc(objectLockRetainUntilDate) === undefined) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be an ISO 8601 UTC date-time such as 2015-07-01T04:11:15Z.",
      );
    } else if ((parseIso8601Utc(objectLockRetainUntilDate) ?? 0) <= requestTime) {
      fail(
        "InvalidArgument",
        400,
        "x-amz-object-lock-retain-until-date",
        "x-amz-object-lock-retain-until-date must be later than the request time.",
      );
    }
  }

  // x-amz-meta-*
  if (metadata !== undefined && recordUtf8Length(metadata) > 2048) {
    fail("MetadataTooLarge", 400, "x-amz-meta-*", "x-amz-meta-* names and values must not exceed 2048 bytes in all.");
  }

  // Rules across headers, query parameters and body elements.
  {
    const present =
      (sseCustomerAlgorithm !== undefined ? 1 : 0) +
      (sseCustomerKey !== undefined ? 1 : 0) +
      (sseCustomerKeyMd5 !== undefined ? 1 : 0);
    if (present > 0 && present < 3) {
      const missing = [
        sseCustomerAlgorithm !== undefined ? "" : "x-amz-server-side-encryption-customer-algorithm",
        sseCustomerKey !== undefined ? "" : "x-amz-server-side-encryption-customer-key",
        sseCustomerKeyMd5 !== undefined ? "" : "x-amz-server-side-encryption-customer-key-md5",
      ].filter(Boolean);
      fail(
        "InvalidArgument",
        400,
        missing[0] ?? "",
        "SSE-C needs the algorithm, the key and the key's MD5, all three. Missing: " + missing.join(", "),
      );
    }
  }

  if (sseKmsKeyId !== undefined && !(serverSideEncryption !== undefined)) {
    fail(
      "InvalidArgument",
      400,
      "x-amz-server-side-encryption-aws-kms-key-id",
      "A KMS key ID is only meaningful with x-amz-server-side-encryption. Missing: " +
        [serverSideEncryption !== undefined ? "" : "x-amz-server-side-encryption"].filter(Boolean).join(", "),
    );
  }

  if (
    (serverSideEncryption !== undefined || sseKmsKeyId !== undefined ? 1 : 0) +
      (sseCustomerAlgorithm !== undefined || sseCustomerKey !== undefined || sseCustomerKeyMd5 !== undefined ? 1 : 0) >
    1
  ) {
    fail("InvalidArgument", 400, "x-amz-server-side-encryption", "SSE-KMS and SSE-C cannot be used together.");
  }

  {
    const present = (objectLockMode !== undefined ? 1 : 0) + (objectLockRetainUntilDate !== undefined ? 1 : 0);
    if (present > 0 && present < 2) {
      const missing = [
        objectLockMode !== undefined ? "" : "x-amz-object-lock-mode",
        objectLockRetainUntilDate !== undefined ? "" : "x-amz-object-lock-retain-until-date",
      ].filter(Boolean);
      fail(
        "InvalidArgument",
        400,
        missing[0] ?? "",
        "The object-lock mode and the retain-until date go together. Missing: " + missing.join(", "),
      );
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  // Every value was checked above; the casts narrow the values to their types.
  const value: InitiateMultipartUploadInput = {
    bucket: bucket as string,
    key: key as string,
  };
  if (acl !== undefined) value.acl = acl as CannedAcl;
  if (storageClass !== undefined) value.storageClass = storageClass as StorageClass;
  if (websiteRedirectLocation !== undefined) value.websiteRedirectLocation = websiteRedirectLocation;
  if (serverSideEncryption !== undefined) value.serverSideEncryption = serverSideEncryption as "aws:kms";
  if (sseKmsKeyId !== undefined) value.sseKmsKeyId = sseKmsKeyId;
  if (sseCustomerAlgorithm !== undefined) value.sseCustomerAlgorithm = sseCustomerAlgorithm as "AES256";
  if (sseCustomerKey !== undefined) value.sseCustomerKey = sseCustomerKey;
  if (sseCustomerKeyMd5 !== undefined) value.sseCustomerKeyMd5 = sseCustomerKeyMd5;
  if (securityToken !== undefined) value.securityToken = securityToken;
  if (objectLockMode !== undefined) value.objectLockMode = objectLockMode as "COMPLIANCE";
  if (objectLockRetainUntilDate !== undefined) value.objectLockRetainUntilDate = objectLockRetainUntilDate;
  if (contentType !== undefined) value.contentType = contentType;
  if (contentEncoding !== undefined) value.contentEncoding = contentEncoding;
  if (metadata !== undefined) value.metadata = metadata;
  return { ok: true, value };
}
