import { type Fail } from "../runtime/request.js";
/** The rule "The object-lock mode and the retain-until date go together.", over the values of `x-amz-object-lock-mode`, `x-amz-object-lock-retain-until-date` (undefined: absent). */
export declare function checkObjectLockModeTogether(fail: Fail, objectLockMode: unknown, objectLockRetainUntilDate: unknown): void;
