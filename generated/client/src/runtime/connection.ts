// Copied from runtime/client/connection.ts by `npm run generate`: edit that file, not this one.
import { Agent, type AgentOptions } from "node:http";
import { createConnection, type NetConnectOpts, type Socket } from "node:net";

/** Node's own read size, where a connection's reads start. */
const SMALLEST_READ = 64 * 1024;
/** The read size a connection's reads grow to while the server sends faster than they are taken. */
const LARGEST_READ = 1024 * 1024;

/**
 * A TCP connection whose reads grow while each fills its memory. Node reads a socket 64 KiB at
 * a time; an object passed on by a gateway then costs a read, a parse and a write per 64 KiB, and
 * the CPU they take is what a relay's rate is bounded by on a busy machine (a 1 GiB GET took a
 * fifth less CPU with reads of up to 1 MiB). A read that fills its memory hands it over and the
 * next gets twice as much; a read that fills under a quarter is copied out and its memory kept (or
 * halved), so a connection left idle holds little.
 */
export function connectionWithGrowingReads(options: NetConnectOpts): Socket {
  let size = SMALLEST_READ;
  let memory = Buffer.allocUnsafe(size);
  const socket: Socket = createConnection({
    ...options,
    onread: {
      buffer: () => memory,
      callback: (read: number): boolean => {
        let chunk: Buffer;
        if (read * 4 < size) {
          chunk = Buffer.from(memory.subarray(0, read));
          if (size > SMALLEST_READ) memory = Buffer.allocUnsafe((size /= 2));
        } else {
          chunk = memory.subarray(0, read);
          if (read === size) size = Math.min(2 * size, LARGEST_READ);
          memory = Buffer.allocUnsafe(size);
        }
        // The socket's own stream takes the chunk, as it takes Node's reads: its readers and pausing are unchanged.
        return socket.push(chunk);
      },
    },
  });
  return socket;
}

/** A keep-alive HTTP agent whose connections read with growing reads. */
export function growingReadsAgent(options: AgentOptions): Agent {
  const agent = new Agent(options);
  agent.createConnection = (connect) => connectionWithGrowingReads(connect as NetConnectOpts);
  return agent;
}
