import { Readable } from "node:stream";
import busboy from "busboy";
import { ObsError, type FormPayload } from "@obs-toolkit/validator";

/** How an operation's form is read: its file field's name, the code of one that cannot be read, and the file's size limit. */
export interface FormLimits {
  /** The file field's name, lowercase; other parts are fields, even sent as files (with a filename). */
  file: string;
  error: string;
  maxBytes?: number | undefined;
  tooLarge?: string | undefined;
}

/** Fields a form may carry before its file, and the bytes of each: a browser form's, many times over. */
const MAX_FIELDS = 200;
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * Reads an HTML form (`multipart/form-data`) with busboy as far as its file: the fields before it
 * by lowercase name (the first of a repeated one; a part with a filename is a field too unless it
 * is the file field), and the file as a stream the handler reads as it arrives, bounded by `maxBytes`. What follows the file is read and dropped. A body that is
 * not such a form, or a field too large, answers `limits.error`.
 */
export function readForm(
  body: AsyncIterable<Uint8Array>,
  headers: Readonly<Record<string, string>>,
  limits: FormLimits,
): Promise<FormPayload> {
  const malformed = (why: string) =>
    new ObsError(limits.error, `The body of your POST request is not a valid form: ${why}.`, 400);
  const contentType = headers["content-type"] ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType))
    return Promise.reject(malformed("it must be of the enclosure type multipart/form-data"));
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      limits: { fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, files: MAX_FIELDS, parts: MAX_FIELDS + 2 },
    });
  } catch (error) {
    return Promise.reject(malformed(error instanceof Error ? error.message.toLowerCase() : "no multipart boundary"));
  }
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  return new Promise<FormPayload>((resolve, reject) => {
    let settled = false;
    const settle = (outcome: FormPayload | ObsError) => {
      if (settled) return;
      settled = true;
      if (outcome instanceof ObsError) reject(outcome);
      else resolve(outcome);
    };
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return settle(malformed(`field "${name}" is longer than ${MAX_FIELD_BYTES} bytes`));
      const key = name.toLowerCase();
      if (!settled && !(key in fields)) fields[key] = value;
    });
    // Fields sent as file parts, read to their end before the file (or the form's end) is handed over.
    const pending: Array<Promise<void>> = [];
    parser.on("file", (name, stream) => {
      if (settled) return void stream.resume();
      const key = name.toLowerCase();
      if (key === limits.file) {
        const file = bounded(stream, limits);
        return void Promise.all(pending).then(() => settle({ fields, file }));
      }
      // A field sent as a file part (a program's form may send every field so): its text.
      const pieces: Buffer[] = [];
      let size = 0;
      stream.on("data", (piece: Buffer) => {
        size += piece.length;
        if (size > MAX_FIELD_BYTES) settle(malformed(`field "${name}" is longer than ${MAX_FIELD_BYTES} bytes`));
        else pieces.push(piece);
      });
      pending.push(
        new Promise((resolve) =>
          stream.on("end", () => {
            if (!(key in fields)) fields[key] = Buffer.concat(pieces).toString("utf8");
            resolve();
          }),
        ),
      );
    });
    parser.on("fieldsLimit", () => settle(malformed(`more than ${MAX_FIELDS} fields`)));
    parser.on("partsLimit", () => settle(malformed(`more than ${MAX_FIELDS + 2} parts`)));
    parser.on("error", (error: Error) => settle(malformed(error.message.toLowerCase())));
    parser.on("close", () => void Promise.all(pending).then(() => settle({ fields, file: undefined })));
    Readable.from(body)
      .on("error", (error) => parser.destroy(error))
      .pipe(parser);
  });
}

/** The file's bytes, refused past the limit. */
async function* bounded(stream: Readable, limits: FormLimits): AsyncGenerator<Uint8Array> {
  let total = 0;
  const maxBytes = limits.maxBytes ?? Number.POSITIVE_INFINITY;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.resume();
      throw new ObsError(
        limits.tooLarge ?? "EntityTooLarge",
        `Your proposed upload exceeds the maximum allowed size (${maxBytes} bytes).`,
        400,
      );
    }
    yield chunk;
  }
}
