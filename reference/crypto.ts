import { createCipheriv, createDecipheriv, randomBytes, type Cipher, type Decipher } from "node:crypto";

/**
 * SSE-C at rest: each stored file is AES-256-CTR under the customer's key with a random IV of its
 * own, so a range can be read without the bytes before it. Only the IV and the key's MD5 reach
 * disk, never the key.
 */
export interface CustomerKey {
  /** The 32 bytes of the key (a 64-byte key is hashed down to them). */
  key: Buffer;
  /** The base64 MD5 of the key the client sent, which the object records. */
  md5: string;
}

const BLOCK = 16;

export const newIv = (): string => randomBytes(BLOCK).toString("hex");

/** The IV's counter advanced by `blocks` 16-byte blocks (big-endian, wrapping as CTR does). */
function counterAt(iv: string, blocks: number): Buffer {
  const counter = Buffer.from(iv, "hex");
  let carry = BigInt(blocks);
  for (let i = BLOCK - 1; i >= 0 && carry > 0n; i--) {
    const sum = BigInt(counter[i] ?? 0) + (carry & 0xffn);
    counter[i] = Number(sum & 0xffn);
    carry = (carry >> 8n) + (sum >> 8n);
  }
  return counter;
}

export function encryptor(customer: CustomerKey, iv: string): Cipher {
  return createCipheriv("aes-256-ctr", customer.key, Buffer.from(iv, "hex"));
}

/** A decipher positioned at byte `offset` of the file, and how many leading bytes of its first block to drop. */
export function decryptorAt(customer: CustomerKey, iv: string, offset: number): { decipher: Decipher; skip: number } {
  const block = Math.floor(offset / BLOCK);
  return {
    decipher: createDecipheriv("aes-256-ctr", customer.key, counterAt(iv, block)),
    skip: offset - block * BLOCK,
  };
}
