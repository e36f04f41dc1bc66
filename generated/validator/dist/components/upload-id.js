export function checkUploadId(value, fail) {
    if (value === undefined || value === "") {
        fail("InvalidArgument", 400, "uploadId", "uploadId is required.");
    }
}
