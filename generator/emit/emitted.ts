/** Emitted files by path relative to the project root: what the generator authored, and what is final as it is. */
export interface EmittedFiles {
  /** Sources, docs and READMEs the emitters wrote: formatted with prettier before they are written. */
  authored: Map<string, string>;
  /** The hand-written runtime's copies, JSON: written as they are. */
  final: Map<string, string>;
  /**
   * The compiler's JavaScript and declarations, final as they come; rejects when the sources do
   * not type-check. It runs in its own thread: nothing may be written before it resolves.
   */
  compiled: Promise<Map<string, string>>;
  /**
   * Resolves when the generated program passed the type-check; rejects with its errors. It
   * settles with `compiled`, but under --watch for an edit to code: its files are transpiled alone
   * and `compiled` resolves first, the check following (see CompileWorker.compile).
   */
  checked: Promise<void>;
}
