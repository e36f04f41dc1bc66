import { escapeXml } from "@obs-toolkit/validator";
export { escapeXml };
/** `<?xml …?><root xmlns="…"><Name>value</Name>…</root>`, each value escaped; undefined values left out. */
export declare function renderXmlDocument(root: string, namespace: string | undefined, fields: ReadonlyArray<readonly [string, string | undefined]>): string;
