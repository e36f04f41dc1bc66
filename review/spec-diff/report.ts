import { isBreaking, type Change } from "./diff-model.js";

const where = (change: Change, base: string) =>
  `${change.before ? `${base}:` : ""}${change.source.file}:${change.source.line}`;
const cell = (text: string) => text.replace(/\|/g, "\\|");

/** A Markdown report for a pull-request comment: breaking changes first, for clients and servers separately. */
export function formatDiffReport(changes: Change[], base: string): string {
  const breaking = changes.filter(isBreaking);
  const other = changes.filter((c) => !isBreaking(c));
  const lines = [`## Spec changes since \`${base}\``, ""];
  if (changes.length === 0) return [...lines, "No changes to the API.", ""].join("\n");
  lines.push(
    `**${breaking.filter((c) => c.breaksClients).length} breaking for clients · ${breaking.filter((c) => c.breaksServers).length} breaking for servers · ${other.length} not breaking**`,
    "",
    "Clients call the API (the generated client, deployed callers); servers implement it (handlers behind the server stub, deployed servers).",
    "",
  );
  const table = (title: string, rows: Change[]) => {
    if (rows.length === 0) return;
    lines.push(`### ${title}`, "", "| What | Change | Clients | Servers | Where |", "| --- | --- | --- | --- | --- |");
    for (const c of rows) {
      lines.push(
        `| ${cell(c.subject)} | ${cell(c.description)} | ${c.breaksClients ? "**breaking**" : "ok"} | ${c.breaksServers ? "**breaking**" : "ok"} | \`${where(c, base)}\` |`,
      );
    }
    lines.push("");
  };
  table("Breaking changes", breaking);
  table("Other changes", other);
  return lines.join("\n");
}
