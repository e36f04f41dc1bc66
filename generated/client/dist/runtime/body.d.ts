import { type SignableRequest } from "@obs-toolkit/signing";
import type { BodySource, ObsClientConfig } from "./transport.js";
/** A request body ready to sign and send: the payload hash V4 signs, and the body fetch sends once signed. */
export interface PreparedBody {
	/** Undefined for no body (the empty payload's hash). */
	payloadHash: string | undefined;
	send(signed: SignableRequest): Uint8Array | Blob | AsyncIterable<Uint8Array> | undefined;
}
/**
* Bytes and strings are sent whole: V4 signs their SHA-256 (or sends `UNSIGNED-PAYLOAD` with
* `payloadSigning: "unsigned"`), and V2 (or `contentMd5`) adds Content-MD5. Anything else streams, never buffered whole (a Blob with its Content-Length): V4
* sends `UNSIGNED-PAYLOAD`, or signed aws-chunked chunks with `streamSigning: "chunked"`. Headers
* it needs are added to `headers`.
*/
export declare function prepareBody(payload: BodySource | undefined, config: ObsClientConfig, headers: Record<string, string>): Promise<PreparedBody>;
