import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import { allowedOrigin, matchingRule, requestedHeaders } from "../access/cors.js";
import type { ReferenceStore } from "../store.js";
import { bucketOf, settingOf, updateBucket } from "./common.js";

type CorsHandlers = Required<
  Pick<ObsHandlers, "putBucketCors" | "getBucketCors" | "deleteBucketCors" | "optionsBucket" | "optionsObject">
>;

/** A bucket's CORS rules, kept in its record, and the preflights (OPTIONS Bucket and Object) they answer. */
export function corsHandlers(store: ReferenceStore): CorsHandlers {
  const preflight = (input: {
    bucket: string;
    origin: string;
    requestMethod: string;
    requestHeaders?: string | undefined;
  }) => {
    const headers = requestedHeaders(input.requestHeaders);
    const rule = matchingRule(bucketOf(store, input.bucket).cors, input.origin, input.requestMethod, headers);
    if (!rule)
      throw new ObsError(
        "AccessForbidden",
        "CORSResponse: This CORS request is not allowed. This is usually because the evaluation of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource's CORS spec.",
        403,
      );
    return {
      allowOrigin: allowedOrigin(rule, input.origin),
      allowMethods: rule.allowedMethods.join(","),
      allowHeaders: headers.length > 0 ? headers.join(",") : undefined,
      maxAge: rule.maxAgeSeconds,
      exposeHeaders: rule.exposeHeaders.length > 0 ? rule.exposeHeaders.join(",") : undefined,
    };
  };
  return {
    async putBucketCors(input) {
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, cors: input.rules }));
    },

    getBucketCors(input) {
      const rules = settingOf(store, input.bucket, "cors");
      return { rules };
    },

    async deleteBucketCors(input) {
      return updateBucket(store, input.bucket, (bucket) => ({ ...bucket, cors: undefined }));
    },

    optionsBucket: preflight,
    optionsObject: preflight,
  };
}
