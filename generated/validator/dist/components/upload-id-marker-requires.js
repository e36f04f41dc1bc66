/** The rule "upload-id-marker is only meaningful together with key-marker.", over the values of `upload-id-marker`, `key-marker` (undefined: absent). */
export function checkUploadIdMarkerRequires(fail, uploadIdMarker, keyMarker) {
    if (uploadIdMarker !== undefined && !(keyMarker !== undefined)) {
        fail("InvalidArgument", 400, "upload-id-marker", "upload-id-marker is only meaningful together with key-marker. Missing: " + [keyMarker !== undefined ? "" : "key-marker"].filter(Boolean).join(", "));
    }
}
