// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** The rule "The object-lock mode and the retain-until date go together.", over the values of `x-amz-object-lock-mode`, `x-amz-object-lock-retain-until-date` (undefined: absent). */
export function checkObjectLockModeTogether(fail, objectLockMode, objectLockRetainUntilDate) {
	const present = (objectLockMode !== undefined ? 1 : 0) + (objectLockRetainUntilDate !== undefined ? 1 : 0);
	if (present > 0 && present < 2) {
		const missing = [objectLockMode !== undefined ? "" : "x-amz-object-lock-mode", objectLockRetainUntilDate !== undefined ? "" : "x-amz-object-lock-retain-until-date"].filter(Boolean);
		fail("InvalidArgument", 400, missing[0] ?? "", "The object-lock mode and the retain-until date go together. Missing: " + missing.join(", "));
	}
}
