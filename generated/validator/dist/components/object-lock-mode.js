const OBJECT_LOCK_MODE_VALUES = new Set(["COMPLIANCE"]);
export function checkObjectLockMode(value, fail) {
    if (value !== undefined) {
        if (!OBJECT_LOCK_MODE_VALUES.has(value)) {
            fail("InvalidArgument", 400, "x-amz-object-lock-mode", "x-amz-object-lock-mode must be one of COMPLIANCE (case-sensitive).");
        }
    }
}
