/** What the catalog knows of an S3 error code. */
export interface ErrorCodeInfo {
	/** The HTTP status it answers. */
	status: number;
	/** What it means. */
	description: string;
}
/** Every S3 error code of the Error Codes page, with its HTTP status. */
export declare const ERROR_CODES: Readonly<Record<string, ErrorCodeInfo>>;
/** The HTTP status of an error code; 500 for a code the catalog does not know. */
export declare function errorStatus(code: string): number;
