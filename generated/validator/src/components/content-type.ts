/** The member of `#/components/parameters/ContentType`, in every operation input that uses it. */
export interface ContentTypeParameter {
  /**
   * The content type of the object being assembled, for example `text/plain`. It is recorded with the upload and applies to the completed object.
   *
   * Header: `content-type`.
   */
  contentType?: string | undefined;
}
