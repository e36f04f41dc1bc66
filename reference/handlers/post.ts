import { ObsError, type ObsHandlers } from "@obs-toolkit/server";
import type { PostObjectInput } from "@obs-toolkit/validator";
import type { ReferenceStore } from "../store.js";
import type { Caller, Target } from "../access/guard.js";
import { checkPostPolicy, type SizeRange } from "../access/post-policy.js";
import { bucketOf, customerKeyOf, locationOf, stored } from "./common.js";
import { defaultStorageClassOf, encryptionOf } from "./configuration.js";
import { retentionHeaders } from "./worm.js";
import { answeredVersion, definedOnly } from "./objects.js";

/** What a form upload needs beyond the store: the users' secrets, and access control's verdict for its signer. */
export interface PostAccess {
  secretOf(accessKeyId: string): string | undefined;
  demand(operation: keyof ObsHandlers, target: Target, caller: Caller): void;
}

/** The file's bytes, refused outside the policy's content-length-range as they stream. */
async function* withinRange(file: AsyncIterable<Uint8Array>, range: SizeRange): AsyncGenerator<Uint8Array> {
  let total = 0;
  for await (const chunk of file) {
    total += chunk.length;
    if (total > range.max)
      throw new ObsError("EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.", 400);
    yield chunk;
  }
  if (total < range.min)
    throw new ObsError("EntityTooSmall", "Your proposed upload is smaller than the minimum allowed size.", 400);
}

/** success_action_redirect as S3 takes it: an http(s) URL, else none (the page: an invalid one is ignored). */
function redirectOf(value: string | undefined): URL | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** POST Object: an upload by HTML form, authorized by its signed policy, answered as the form asks. */
export function postHandlers(store: ReferenceStore, access: PostAccess): Required<Pick<ObsHandlers, "postObject">> {
  return {
    async postObject(input: PostObjectInput, context) {
      const authority = checkPostPolicy(input.fields ?? {}, input.bucket, access.secretOf, context.receivedAt);
      const caller = { accessKeyId: authority.accessKeyId, remoteAddress: context.remoteAddress };
      access.demand("putObject", { bucket: input.bucket, key: input.key }, caller);
      const bucket = bucketOf(store, input.bucket);
      const storageClass = input.storageClass ?? defaultStorageClassOf(bucket);
      const retention = retentionHeaders(bucket, input, context.receivedAt);
      const encryption = encryptionOf(bucket, input);
      const body = authority.size ? withinRange(input.file, authority.size) : input.file;
      const object = await stored(
        store.putObject(input.bucket, input.key, body, {
          customer: customerKeyOf(input),
          condition: {},
          describe: () => ({
            headers: {
              ...definedOnly({
                acl: input.acl,
                contentType: input.contentType,
                contentEncoding: input.contentEncoding,
                cacheControl: input.cacheControl,
                contentDisposition: input.contentDisposition,
                expires: input.expires,
                websiteRedirectLocation: input.websiteRedirectLocation,
                sseCustomerAlgorithm: input.sseCustomerAlgorithm,
                sseCustomerKeyMd5: input.sseCustomerKeyMd5,
              }),
              ...retention,
              ...definedOnly(encryption),
              storageClass,
              owner: authority.accessKeyId ?? "anonymous",
            },
            metadata: { ...input.metadata },
            checksums: {},
          }),
        }),
      );
      const eTag = `"${object.etag}"`;
      const answer = {
        eTag,
        versionId: answeredVersion(bucket, object),
        ...encryption,
        sseCustomerAlgorithm: input.sseCustomerAlgorithm,
        sseCustomerKeyMd5: input.sseCustomerKeyMd5,
      };
      const redirect = redirectOf(input.successActionRedirect);
      if (redirect) {
        redirect.searchParams.set("bucket", input.bucket);
        redirect.searchParams.set("key", input.key);
        redirect.searchParams.set("etag", eTag);
        return { ...answer, status: 303, location: redirect.toString() };
      }
      const location = locationOf(input.bucket, input.key);
      switch (input.successActionStatus) {
        case "200":
          return { ...answer, status: 200, location };
        case "201":
          return {
            ...answer,
            status: 201,
            location,
            postResponse: { location, bucket: input.bucket, key: input.key, eTag },
          };
        default:
          return { ...answer, status: 204, location };
      }
    },
  };
}
