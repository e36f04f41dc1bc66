/** The member of `#/components/parameters/SecurityToken`, in every operation input that uses it. */
export interface SecurityTokenParameter {
	/**
	* Header field used to identify the request of a federated user. When the federal authentication function is enabled, users sending such requests are identified as federated users. This parameter must be carried in the request sent by federated users.
	*
	* Header: `x-amz-security-token`.
	*/
	securityToken?: string | undefined;
}
