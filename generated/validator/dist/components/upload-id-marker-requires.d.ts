import { type Fail } from "../runtime/request.js";
/** The rule "upload-id-marker is only meaningful together with key-marker.", over the values of `upload-id-marker`, `key-marker` (undefined: absent). */
export declare function checkUploadIdMarkerRequires(fail: Fail, uploadIdMarker: unknown, keyMarker: unknown): void;
