import { KEYWORD_EXTENSIONS } from "../keywords/index.js";

/**
 * Every `x-` extension key the spec may use, with where it goes and what it means.
 * The README's vocabulary table is written from this list; a key not in it is an error.
 */
export const EXTENSIONS: Record<string, string> = {
  "x-obs-source": "info: where the source documentation is published.",
  "x-obs-signing":
    "root: `versions` (v2, v4), signing `service` name, `maxClockSkewSeconds`, and `v2SubResources` (the query keys V2 signs in the canonicalized resource; the signing package exports them).",
  "x-obs-routing":
    "root: `subResources`, the query keys that name a resource of their own (`?acl`): a request carrying one is served only by an operation that selects by it or declares it, else 501 (each operation's own are added).",
  "x-obs-error-codes": "components: the S3 error catalog, `Code: { status, description }`.",
  "x-obs-doc": "operation: topic id of the source page.",
  "x-obs-decision": "anywhere: a recorded choice where the source document is ambiguous or wrong.",
  "x-obs-header-rules":
    "operation: rules across headers and query parameters (a name is a header, any case, or a query parameter): `together: [h…]` (all or none), `when: h` + `requires: [h…]`, `exclusive: [[h…], [h…]]` (at most one group present), `anyOf: [h…]` (at least one present; over transport headers alone the client's transport meets it, sending Content-MD5 when it is named); each with `error` and `description`.",
  "x-obs-errors": "operation: error codes the operation answers beyond its constraints, `{ code, description }`.",
  "x-obs-anonymous":
    "operation: `true` when the server does not authenticate it (a CORS preflight, which browsers send without credentials): an Authorization header or a presigned query is not checked, and the handler sees no access key.",
  "x-obs-doc-differs":
    "operation, components: known differences from the source page, `{ subject, kind, reason }`, which the fidelity check accepts (see `npm run spec:fidelity`).",
  "x-obs-paginated":
    "operation: how it pages, by member names: `inputTokens` (query markers), `outputTokens` (the next markers, same order), `truncated` (a boolean element), `pageSize` (an integer query member), `items` (the lists of a page); the client gets `paginate<Operation>`.",
  "x-obs-samples": "operation: the page's sample HTTP request and response, `{ summary, request, response }`.",
  "x-obs-member":
    "parameter, form field, response header, XML property, byte-stream or JSON request body or response: the member name in the typed input/output (a form request body's: every field as sent; another status's XML document: the whole document) (XML properties default to the element name in camelCase: `PartNumber` → `partNumber`, `ETag` → `eTag`).",
  "x-obs-error":
    "parameter, form field, XML property, request body: the S3 error code a violation raises (a request body's: a missing, malformed or invalid document or form, or a stream over `x-obs-max-bytes`; a `required` transport header's: its absence, default InvalidRequest). On a bodiless non-success response (`304`): the code a handler throws to answer it, with its headers.",
  "x-obs-bucket": "path parameter: the bucket, which virtual-hosted addressing moves into the Host header.",
  "x-obs-greedy": "path parameter: takes the rest of the path, `/` included (object keys).",
  "x-obs-flag":
    "query parameter: a sub-resource flag (`?uploads` or `?uploads=`); its value is ignored. A valued sub-resource (`?uploadId=X`) is an ordinary required member named in the path key.",
  "x-obs-transport":
    "parameter: handled by the HTTP or signing layer, documented but not a member (`http` or `signing`); with `required: true` its absence is refused (Content-MD5 on DELETE Multiple Objects) and the client always sends it.",
  "x-obs-prefix":
    "header parameter, form field or response header named `<prefix>*`: a prefix header family (`x-amz-meta-` → `Record<string, string>`).",
  "x-obs-when":
    "a second 2xx response: the output member whose presence answers this status instead of the primary one (`206` when `contentRange` is set); it carries the primary response's headers and body.",
  "x-obs-status-member":
    "the primary 2xx response: the output member that carries the answer's status (as Smithy's httpResponseCode), one of the operation's 2xx and 3xx responses; another status may carry its own XML document, held whole by its `x-obs-member` (POST Object's 201 `PostResponse`).",
  "x-obs-sensitive": "parameter or form field: a secret, never logged or echoed.",
  // The constraint keywords' own keys, from their units (generator/keywords).
  ...KEYWORD_EXTENSIONS,
  "x-obs-default-outside":
    "integer schema with a `default`: `{ minimum, maximum }`; a value outside that range is replaced by the default (as `max-uploads` above 1000 lists 1000).",
  "x-obs-max-total-bytes":
    "schema of a prefix header: names (without prefix) plus values, in UTF-8 bytes, at most this many.",
};
