/**
 * Escapes text for XML content and attributes. Carriage returns become `&#xD;` (a parser would
 * turn a raw one into a line feed), and the control characters XML 1.0 cannot carry become
 * character references, as S3 writes them, so every key round-trips.
 */
export declare function escapeXml(text: string): string;
/** `<?xml …?><root xmlns="…"><Name>value</Name>…</root>`, each value escaped; undefined values left out. */
export declare function renderXmlDocument(
  root: string,
  namespace: string | undefined,
  fields: ReadonlyArray<readonly [string, string | undefined]>,
): string;
