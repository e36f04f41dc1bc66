/** Escapes text for XML content and attributes; characters XML 1.0 cannot carry become character references. */
export declare function escapeXml(text: string): string;
/** `<?xml …?><root xmlns="…"><Name>value</Name>…</root>`, each value escaped; undefined values left out. */
export declare function renderXmlDocument(
  root: string,
  namespace: string | undefined,
  fields: ReadonlyArray<readonly [string, string | undefined]>,
): string;
