// Generated from spec/ by `npm run generate`: edit the spec, not this file.
/** The member of `#/components/parameters/WriteIfMatch`, in every operation input that uses it. */
export interface WriteIfMatchParameter {
  /**
   * The object is written only if the stored object's ETag is this one (quotes optional; `*` matches any object, as in HTTP); another ETag answers 412 PreconditionFailed, no object 404 NoSuchKey (as S3 answers both).
   *
   * Header: `if-match`.
   */
  ifMatch?: string | undefined;
}
