/**
 * What `npm run generate` builds from the generated sources rather than authors: each package's
 * compiled JavaScript and declarations (dist/), the docs' HTML pages and their stylesheet (from
 * the Markdown pages), and the spec bundled into one document (openapi.json, from spec/). They
 * are written with the rest but git does not keep them (.gitignore says the same), and
 * `generate -- --check` compares only what git keeps: the TypeScript sources, the Markdown docs,
 * the manifests and READMEs a reviewer reads.
 */
export function isBuildProduct(path: string): boolean {
  return (
    /^generated\/[^/]+\/dist\//.test(path) ||
    /^generated\/docs\/.*\.(html|css)$/.test(path) ||
    path === "generated/openapi.json"
  );
}
