/** Emitted files by path relative to the project root: what the generator authored, and what is final as it is. */
export interface EmittedFiles {
  /** Sources and READMEs the emitters wrote: formatted before they are written. */
  authored: Map<string, string>;
  /** The runtime's copies, the compiled JavaScript and declarations, docs, JSON: written as they are. */
  final: Map<string, string>;
}
