import { spawn, type ChildProcess } from "node:child_process";

/** A TypeScript script running under node (so that a signal reaches it, not a wrapper), once it said it is ready. */
export interface ReadyChild {
  child: ChildProcess;
  /** What `ready` matched in its standard output. */
  match: RegExpExecArray;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Starts `node <nodeFlags> --import tsx <script> <args>` in `cwd` and waits (30 s at most) until its
 * output matches `ready`.
 */
export function startScript(
  cwd: string,
  script: string,
  args: string[],
  ready: RegExp,
  nodeFlags: string[] = [],
): Promise<ReadyChild> {
  const child = spawn(process.execPath, [...nodeFlags, "--import", "tsx", script, ...args], {
    cwd,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const stop = (signal: NodeJS.Signals = "SIGTERM") =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once("exit", () => done());
      child.kill(signal);
    });
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`${script} did not get ready within 30 s`)), 30_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({ child, match, stop });
    });
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}) before it was ready`)));
  });
}
