/** The member of `#/components/parameters/SseKmsKeyId`, in every operation input that uses it. */
export interface SseKmsKeyIdParameter {
	/**
	* Indicates the master key ID. This header is used in SSE-KMS mode. If the customer does not provide the master key, the default master key will be used.
	*
	* Header: `x-amz-server-side-encryption-aws-kms-key-id`.
	*/
	sseKmsKeyId?: string | undefined;
}
