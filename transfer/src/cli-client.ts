import { ObsClient } from "@obs-toolkit/client";

/** The flags `npm run upload` and `npm run download` share, as parseArgs options. */
export const CLIENT_OPTIONS = {
  endpoint: { type: "string" },
  "access-key": { type: "string" },
  "secret-key": { type: "string" },
  signature: { type: "string", default: "v4" },
  region: { type: "string" },
  addressing: { type: "string", default: "path" },
} as const;

/**
 * The client the flags name: the endpoint from `--endpoint` or OBS_ENDPOINT, the credentials from
 * the flags or OBS_ACCESS_KEY_ID / OBS_SECRET_ACCESS_KEY (or the AWS_ ones); undefined when one is missing.
 */
export function clientFromFlags(values: {
  endpoint?: string | undefined;
  "access-key"?: string | undefined;
  "secret-key"?: string | undefined;
  signature?: string | undefined;
  region?: string | undefined;
  addressing?: string | undefined;
}): ObsClient | undefined {
  const endpoint = values.endpoint ?? process.env.OBS_ENDPOINT;
  const accessKeyId = values["access-key"] ?? process.env.OBS_ACCESS_KEY_ID ?? process.env.AWS_ACCESS_KEY_ID;
  const secretAccessKey =
    values["secret-key"] ?? process.env.OBS_SECRET_ACCESS_KEY ?? process.env.AWS_SECRET_ACCESS_KEY;
  if (!endpoint || !accessKeyId || !secretAccessKey) return undefined;
  if (values.signature !== "v2" && values.signature !== "v4")
    throw new Error(`--signature is v2 or v4, not ${values.signature}`);
  return new ObsClient({
    endpoint,
    credentials: {
      accessKeyId,
      secretAccessKey,
      securityToken: process.env.OBS_SECURITY_TOKEN ?? process.env.AWS_SESSION_TOKEN,
    },
    signatureVersion: values.signature,
    region: values.region,
    addressing: values.addressing === "virtual-hosted" ? "virtual-hosted" : "path",
    timeoutMs: 300_000,
  });
}

/** `<bucket>/<key>` as the two CLIs take it: both parts non-empty, the key everything after the first slash. */
export function objectPath(path: string | undefined): { bucket: string; key: string } | undefined {
  const slash = path?.indexOf("/") ?? -1;
  if (!path || slash <= 0 || slash === path.length - 1) return undefined;
  return { bucket: path.slice(0, slash), key: path.slice(slash + 1) };
}
