const UNITS: Record<string, number> = {
  "": 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  kib: 1024,
  m: 1e6,
  mb: 1e6,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1e9,
  gib: 1024 ** 3,
};

/** `16MiB`, `8MB`, `5242880` → bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  const unit = UNITS[(match?.[2] ?? "x").toLowerCase()];
  if (!match || unit === undefined) throw new Error(`not a size: ${text} (examples: 16MiB, 8MB, 5242880)`);
  return Math.round(Number(match[1]) * unit);
}
