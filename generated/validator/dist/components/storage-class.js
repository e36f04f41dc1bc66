import { isStorageClass } from "../types.js";
export function checkStorageClass(value, fail) {
    if (value !== undefined) {
        if (!isStorageClass(value)) {
            fail("InvalidStorageClass", 400, "x-amz-storage-class", "x-amz-storage-class must be one of STANDARD, STANDARD_IA, GLACIER (case-sensitive).");
        }
    }
}
