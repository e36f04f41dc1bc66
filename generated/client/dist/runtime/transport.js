import { ObsError } from "@obs-toolkit/validator";
import { lowercaseHeaders, signV2, signV4, uriEncode } from "@obs-toolkit/signing";
import { readXmlFields } from "./xml.js";
/** The URL, and the signable parts of it, for a request under the config's addressing style. */
export function buildTarget(config, request) {
  const endpoint = new URL(config.endpoint);
  const bucket = request.bucket ?? "";
  const keyPath = request.key === undefined ? "" : uriEncode(request.key, true);
  const virtual = (config.addressing ?? "virtual-hosted") === "virtual-hosted" && bucket !== "";
  const base = endpoint.pathname.replace(/\/$/, "");
  const path = virtual ? `${base}/${keyPath}` : `${base}/${bucket}${bucket !== "" ? "/" : ""}${keyPath}`;
  // Sub-resource flags go out bare (`?uploads`), parameters as name=value.
  const query = [
    ...request.subresources.map((flag) => [flag, ""]),
    ...Object.entries(request.query).filter((entry) => entry[1] !== undefined),
  ];
  const search = query
    .map(([name, value], index) =>
      index < request.subresources.length ? uriEncode(name) : `${uriEncode(name)}=${uriEncode(value)}`,
    )
    .join("&");
  const url = new URL(
    `${endpoint.protocol}//${virtual ? `${bucket}.` : ""}${endpoint.host}${path}${search ? `?${search}` : ""}`,
  );
  return { url, path, query, bucketPrefix: virtual ? `/${bucket}` : "" };
}
/** Signs and sends a request; answers the response, or throws the S3 error it carries. */
export async function send(config, request) {
  const { url, path, query, bucketPrefix } = buildTarget(config, request);
  const headers = lowercaseHeaders(request.headers);
  headers["host"] = url.host;
  const now = (config.now ?? (() => new Date()))();
  const unsigned = { method: request.method, path, query, headers };
  let signed;
  if (config.signatureVersion === "v4") {
    signed = signV4(unsigned, config.credentials, config.region ?? "us-east-1", "s3", now);
  } else {
    // x-amz-date rather than Date: the V2 page leaves the Date slot empty then, as AWS SDKs and s3rver do.
    headers["x-amz-date"] = now.toUTCString();
    signed = signV2(unsigned, config.credentials, bucketPrefix);
  }
  const { host: _host, ...sendHeaders } = signed.headers;
  let response;
  try {
    response = await (config.fetch ?? fetch)(url, { method: request.method, headers: sendHeaders });
  } catch (error) {
    throw new ObsError("NetworkError", `${request.method} ${url.origin} failed: ${error.message}`, 0, { cause: error });
  }
  const body = await response.text();
  if (response.status >= 300) throw errorFromResponse(response.status, response.headers, body);
  return { status: response.status, headers: response.headers, body };
}
/** The typed error an S3 error response carries; a body that is not an `<Error>` still gives one. */
export function errorFromResponse(status, headers, body) {
  const fields = readXmlFields(body, "Error");
  const requestId = fields?.RequestId ?? headers.get("x-amz-request-id") ?? undefined;
  const hostId = fields?.HostId ?? headers.get("x-amz-id-2") ?? undefined;
  const code = fields?.Code ?? `Http${status}`;
  const message = fields?.Message ?? `The server answered HTTP ${status} without an S3 error body.`;
  return new ObsError(code, message, status, { requestId, hostId, resource: fields?.Resource });
}
/** The error a client-side validation failure throws: the same code and status a server would answer. */
export function errorFromIssues(issues) {
  const first = issues[0];
  return new ObsError(
    first?.code ?? "InvalidArgument",
    first?.message ?? "The request is invalid.",
    first?.status ?? 400,
  );
}
/** Required XML fields of a response, or a typed error naming what is missing. */
export function requireXmlFields(response, rootName, required) {
  const fields = readXmlFields(response.body, rootName);
  const missing = fields === undefined ? [rootName] : required.filter((name) => fields[name] === undefined);
  if (fields === undefined || missing.length > 0) {
    throw new ObsError(
      "InvalidResponse",
      `The response body is not a complete <${rootName}> document (missing ${missing.join(", ")}).`,
      response.status,
      { requestId: response.headers.get("x-amz-request-id") ?? undefined },
    );
  }
  return fields;
}
