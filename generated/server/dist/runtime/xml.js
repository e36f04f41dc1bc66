/**
 * Escapes text for XML content and attributes. Carriage returns become `&#xD;` (a parser would
 * turn a raw one into a line feed), and the control characters XML 1.0 cannot carry become
 * character references, as S3 writes them, so every key round-trips.
 */
export function escapeXml(text) {
  return text.replace(/[&<>"']|[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g, (char) => {
    switch (char) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      case "'":
        return "&apos;";
      default:
        return `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
    }
  });
}
/** `<?xml …?><root xmlns="…"><Name>value</Name>…</root>`, each value escaped; undefined values left out. */
export function renderXmlDocument(root, namespace, fields) {
  const open = namespace ? `<${root} xmlns="${escapeXml(namespace)}">` : `<${root}>`;
  const body = fields
    .filter((field) => field[1] !== undefined)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${open}${body}</${root}>`;
}
