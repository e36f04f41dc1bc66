import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { LifecycleRule } from "@obs-toolkit/validator";
import type { ReferenceStore } from "../store.js";
import { settingOf, updateBucket } from "./common.js";

type LifecycleHandlers = Required<
  Pick<ObsHandlers, "putBucketLifecycle" | "getBucketLifecycle" | "deleteBucketLifecycle">
>;

const malformed = (message: string) => new ObsError("MalformedXML", message, 400);

/** What the schema cannot say of a rule: a moment is Days or Date, one of them; IDs are unique. */
function checkRules(rules: readonly LifecycleRule[]): void {
  const ids = new Set<string>();
  for (const rule of rules) {
    if (rule.id !== undefined) {
      if (ids.has(rule.id)) throw malformed(`Rule ID ${rule.id} is used twice.`);
      ids.add(rule.id);
    }
    for (const when of [rule.expiration, ...rule.transitions])
      if (when && (when.days === undefined) === (when.date === undefined))
        throw malformed("An Expiration or Transition needs Days or Date, one of them.");
  }
}

/** A bucket's lifecycle rules, kept in its record; sweeps/lifecycle.ts runs them. */
export function lifecycleHandlers(store: ReferenceStore): LifecycleHandlers {
  return {
    async putBucketLifecycle(input) {
      checkRules(input.rules);
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, lifecycle: input.rules }));
    },

    getBucketLifecycle(input) {
      const rules = settingOf(store, input.bucket, "lifecycle");
      return { rules };
    },

    async deleteBucketLifecycle(input) {
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, lifecycle: undefined }));
    },
  };
}
