/** An S3 error: what a server answers and what a client throws. */
export declare class ObsError extends Error {
    readonly code: string;
    readonly statusCode: number;
    readonly requestId: string | undefined;
    readonly hostId: string | undefined;
    readonly resource: string | undefined;
    constructor(code: string, message: string, statusCode: number, details?: {
        requestId?: string | undefined;
        hostId?: string | undefined;
        resource?: string | undefined;
        cause?: unknown;
    });
}
