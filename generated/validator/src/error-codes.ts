// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** What the catalog knows of an S3 error code. */
export interface ErrorCodeInfo {
  /** The HTTP status it answers. */
  status: number;
  /** What it means. */
  description: string;
}

/** Every S3 error code of the Error Codes page, with its HTTP status. */
export const ERROR_CODES: Readonly<Record<string, ErrorCodeInfo>> = Object.freeze({
  AccessDenied: { status: 403, description: "Access denied." },
  AccessForbidden: { status: 403, description: "Insufficient permission." },
  AccountProblem: {
    status: 403,
    description:
      "The operation cannot be successfully performed because your OBS account is abnormal, for example, expired or frozen.",
  },
  AllAccessDisabled: { status: 403, description: "The user has no permission to perform a specific operation." },
  AmbiguousGrantByEmailAddress: {
    status: 400,
    description: "The specified email address is associated with multiple accounts.",
  },
  BadDigest: {
    status: 400,
    description: "The specified value of Content-MD5 does not match the value received by OBS.",
  },
  BadDomainName: { status: 400, description: "Invalid domain name." },
  BadRequest: { status: 400, description: "Invalid request parameters." },
  BucketAlreadyExists: {
    status: 409,
    description:
      "The requested bucket name already exists. The bucket namespace is shared by all users of OBS. Specify a different name and retry.",
  },
  BucketAlreadyOwnedByYou: {
    status: 409,
    description: "Your previous request for creating the named bucket succeeded and you already own it.",
  },
  BucketExpanding: { status: 409, description: "Indicates that the specified bucket is being expanded." },
  BucketNotEmpty: { status: 409, description: "The bucket that you tried to delete is not empty." },
  ConditionalRequestConflict: {
    status: 409,
    description:
      "A conflicting operation occurred: another write of the key finished while this conditional write was in progress. Retry.",
  },
  CredentialsNotSupported: { status: 400, description: "This request does not support security credentials." },
  CustomDomainAreadyExist: { status: 400, description: "The configured domain already exists." },
  CustomDomainNotExist: { status: 400, description: "The domain to be operated does not exist." },
  DeregisterUserId: { status: 403, description: "The user has been deregistered." },
  EntityTooLarge: { status: 400, description: "The size of the object to be uploaded exceeds the upper limit." },
  EntityTooSmall: { status: 400, description: "The size of the object to be uploaded exceeds the lower limit." },
  FrozenUserId: { status: 403, description: "The user has been frozen." },
  IllegalLocationConstraintException: {
    status: 400,
    description: "The configured region limitation is inconsistent with the region where it resides.",
  },
  IllegalVersioningConfigurationException: {
    status: 400,
    description: "The Versioning configuration specified in the request is invalid.",
  },
  InArrearOrInsufficientBalance: {
    status: 403,
    description: "Insufficient permission to perform a specific operation in ACL.",
  },
  IncompleteBody: { status: 400, description: "Incomplete request body." },
  IncorrectNumberOfFilesInPostRequest: {
    status: 400,
    description: "Each POST request must contain one file to be uploaded.",
  },
  InlineDataTooLarge: { status: 400, description: "The size of inline data exceeds the upper limit." },
  InsufficientStorageSpace: { status: 403, description: "Insufficient storage space" },
  InternalError: { status: 500, description: "An internal error occurs. Retry later" },
  InvalidAccessKeyId: { status: 403, description: "The provided OBS AK does not exist." },
  InvalidArgument: { status: 400, description: "Invalid Argument." },
  InvalidBucket: { status: 400, description: "The bucket to be accessed does not exist." },
  InvalidBucketName: { status: 400, description: "The specified bucket name is invalid." },
  InvalidBucketState: { status: 409, description: "Invalid bucket status." },
  InvalidBucketStoragePolicy: {
    status: 400,
    description: "An invalid new policy is specified during bucket policy modification.",
  },
  InvalidDigest: { status: 400, description: "The specified Content-MD5 is invalid." },
  InvalidEncryptionAlgorithmError: { status: 400, description: "Incorrect encryption algorithm." },
  InvalidLocationConstraint: { status: 400, description: "The specified location constraint is invalid." },
  InvalidObjectState: {
    status: 403,
    description:
      "Invalid object status. The error message is displayed when cold objects are not restored or being restored, or when non-cold objects are restored.",
  },
  InvalidPart: {
    status: 400,
    description:
      "One or more specified parts cannot be found. The parts may not be uploaded or the specified entity tags (ETags) do not match the parts' ETags.",
  },
  InvalidPartOrder: { status: 400, description: "Parts are not listed in ascending order by part number." },
  InvalidPayer: { status: 403, description: "All access to this object is disabled." },
  InvalidPolicyDocument: {
    status: 400,
    description: "The content of the form does not meet the conditions specified in the policy document.",
  },
  InvalidRange: { status: 416, description: "The requested range is invalid." },
  InvalidRedirectLocation: { status: 400, description: "Invalid redirect location." },
  InvalidRequest: { status: 400, description: "Invalid request." },
  InvalidRequestBody: { status: 400, description: "Invalid POST request body." },
  InvalidSecurity: { status: 403, description: "The provided security credentials are invalid." },
  InvalidStorageClass: { status: 400, description: "The specified storage class is invalid." },
  InvalidTag: { status: 400, description: "A tag key or value is not valid." },
  InvalidTagError: { status: 400, description: "An invalid tag is provided when configuring the bucket tag." },
  InvalidTargetBucketForLogging: {
    status: 400,
    description: "The delivery group has not ACL permission for the target bucket.",
  },
  InvalidURI: { status: 400, description: "The specified URI cannot be parsed." },
  KeyTooLong: { status: 400, description: "The provided key is too long." },
  "KMS.DisabledException": {
    status: 400,
    description: "The master key is disabled in server-side encryption with KMS-managed keys (SSE-KMS) mode.",
  },
  "KMS.NotFoundException": { status: 400, description: "The master key does not exist in SSE-KMS mode." },
  MalformedACLError: {
    status: 400,
    description: "The provided XML file is in incorrect format or does not meet format requirements.",
  },
  MalformedError: { status: 400, description: "The XML format in the request is incorrect." },
  MalformedLoggingStatus: { status: 400, description: "The Logging XML format is incorrect." },
  MalformedPolicy: { status: 400, description: "The check of BucketPolicy does not pass." },
  MalformedPOSTRequest: { status: 400, description: "The body of the POST request is in incorrect format." },
  MalformedQuotaError: { status: 400, description: "The Quota XML format is incorrect." },
  MalformedXML: {
    status: 400,
    description:
      'This error code is returned after you send an XML file in incorrect format, stating "The XML you provided was not well-formed or did not validate against our published schema."',
  },
  MalformedXMLError: {
    status: 400,
    description: "The provided XML format is incorrect when configuring the bucket tag.",
  },
  MaxMessageLengthExceeded: { status: 400, description: "The request is too long." },
  MaxPostPreDataLengthExceededError: {
    status: 400,
    description: "The POST request fields prior to the file to be uploaded are too large.",
  },
  MetadataTooLarge: { status: 400, description: "The size of metadata headers exceeds the upper limit." },
  MethodNotAllowed: { status: 405, description: "The specified method is not allowed against the requested resource." },
  MissingContentLength: { status: 411, description: "The HTTP header Content-Length is not provided." },
  MissingRegion: { status: 400, description: "No region in the request and no default region in the system." },
  MissingRequestBodyError: {
    status: 400,
    description: 'This error code is returned after you send an empty XML file, stating "Request body is empty."',
  },
  MissingRequiredHeader: { status: 400, description: "No header field in the request." },
  MissingSecurityHeader: { status: 400, description: "A required header is not provided." },
  NoSuchBucket: { status: 404, description: "The specified bucket does not exist." },
  NoSuchBucketPolicy: { status: 404, description: "Nonexistent bucket policy." },
  NoSuchCORSConfiguration: { status: 404, description: "Nonexistent CORS configuration." },
  NoSuchCustomDomain: { status: 404, description: "The requested user domain does not exist." },
  NoSuchEncryptionConfiguration: {
    status: 404,
    description: "The specified bucket does not have any encryption configurations.",
  },
  NoSuchKey: { status: 404, description: "The specified key does not exist." },
  NoSuchLifecycleConfiguration: { status: 404, description: "The requested LifeCycle does not exist." },
  NoSuchPolicy: { status: 404, description: "The specified policy name does not exist." },
  NoSuchReplicationConfiguration: {
    status: 404,
    description: "Cross-region replication configuration does not exist.",
  },
  NoSuchTagSet: { status: 404, description: "The specified bucket is not configured with a tag." },
  NoSuchUpload: {
    status: 404,
    description:
      "The specified multipart upload does not exist. The upload ID does not exist or the multipart upload has been aborted or completed.",
  },
  NoSuchVersion: { status: 404, description: "The specified version ID does not match any existing version." },
  NoSuchWebsiteConfiguration: { status: 404, description: "The requested website does not exist." },
  NotImplemented: { status: 501, description: "The provided header implies a function that is unavailable." },
  NotModified: {
    status: 304,
    description:
      "The object has not been modified since the time, or still has the ETag, the request's condition names.",
  },
  NotSignedUp: {
    status: 403,
    description: "Your account is not signed up for OBS. OBS is available only after you sign up.",
  },
  NotSuchBucketPolicy: { status: 404, description: "The specified bucket does not have a bucket policy." },
  ObjectHasAlreadyRestored: {
    status: 409,
    description: "The cold objects have been restored and the retention period of the objects cannot be shortened.",
  },
  ObjectLockConfigurationNotFoundError: {
    status: 404,
    description: "Object Lock configuration does not exist for this bucket.",
  },
  OperationAborted: {
    status: 409,
    description: "A conflicting operation is being performed on this resource. Retry later.",
  },
  PermanentRedirect: {
    status: 301,
    description:
      "The requested bucket must be addressed using a specified endpoint. Send all future requests to the endpoint.",
  },
  PreconditionFailed: { status: 412, description: "At least one of the specified preconditions is not met." },
  Redirect: { status: 307, description: "The request is temporarily redirected." },
  RequestIsNotMultiPartContent: {
    status: 400,
    description: "A bucket POST request must contain an enclosure-type multipart or the form-data.",
  },
  RequestTimeout: {
    status: 400,
    description: "The socket connection to the server has no reads or writes within the timeout period.",
  },
  RequestTimeTooSkewed: {
    status: 403,
    description: "The difference between the request time and the server's time is too big.",
  },
  RequestTorrentOfBucketError: { status: 400, description: "Requesting the bucket's torrent file is not allowed." },
  RestoreAlreadyInProgress: {
    status: 409,
    description: "The cold objects are being restored. The request conflicts with another one.",
  },
  ServiceNotImplemented: { status: 501, description: "The request method is not implemented by the server." },
  ServiceNotSupported: { status: 409, description: "The request method is not supported by the server." },
  ServiceUnavailable: { status: 503, description: "The server is overloaded or has internal errors." },
  SignatureDoesNotMatch: {
    status: 403,
    description:
      "The provided signature does not match the signature calculated by OBS. Check your SK and signature calculation method.",
  },
  SlowDown: { status: 503, description: "The request frequency is high. Reduce your request frequency." },
  TemporaryRedirect: {
    status: 307,
    description: "The request is redirected to the bucket while the domain name server (DNS) is being updated.",
  },
  TooManyBuckets: { status: 400, description: "You have attempted to create more buckets than allowed." },
  TooManyCustomDomains: { status: 400, description: "Too many user domains are configured." },
  TooManyObjectCopied: { status: 400, description: "The number of copied users' objects exceeds the upper limit." },
  TooManyWrongSignature: { status: 400, description: "The request is rejected due to high-frequency errors." },
  UnexpectedContent: { status: 400, description: "This request does not support content." },
  UnresolvableGrantByEmailAddress: {
    status: 400,
    description: "The provided email address does not match any recorded account.",
  },
  UserKeyMustBeSpecified: { status: 400, description: "The user's AK is not carried in the request." },
  WebsiteRedirect: { status: 301, description: "The website request lacks bucketName." },
});

/** The HTTP status of an error code; 500 for a code the catalog does not know. */
export function errorStatus(code: string): number {
  return Object.hasOwn(ERROR_CODES, code) ? (ERROR_CODES[code]?.status ?? 500) : 500;
}
