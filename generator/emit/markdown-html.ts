import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import MarkdownIt from "markdown-it";

/** The renderer's thread: plain JS run with `eval`, importing markdown-it by its resolved URL. */
const WORKER_CODE = `
const { parentPort, workerData } = require("node:worker_threads");
import(workerData.url).then(({ default: MarkdownIt }) => {
  const markdown = new MarkdownIt({ html: true });
  parentPort.once("message", (texts) => parentPort.postMessage(texts.map((text) => markdown.render(text))));
});`;

/**
 * Markdown rendered to HTML by markdown-it (raw HTML allowed). Many pages render in a thread of
 * their own, so that the caller goes on (emitting the packages) meanwhile; a few, here.
 */
export async function renderMarkdown(texts: string[]): Promise<string[]> {
  if (texts.length < 64 || availableParallelism() < 2) {
    const markdown = new MarkdownIt({ html: true });
    return texts.map((text) => markdown.render(text));
  }
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { url: import.meta.resolve("markdown-it") } });
  try {
    return await new Promise<string[]>((resolve, reject) => {
      worker.once("message", resolve);
      worker.once("error", reject);
      worker.postMessage(texts);
    });
  } finally {
    await worker.terminate();
  }
}
