/**
 * Opening an input for the importer without reading it whole: its first bytes decide the format;
 * a single page is then read and decoded as before (decodeInput), while an export, feed or wire
 * delivery is handed to its parser as an InputText that streams the file in chunks, counting the
 * bytes read so the progress display can say how far it has got.
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { decodeChunks, sniffEncoding, type InputEncoding } from './charset.ts';
import { ImportError } from '../errors.ts';
import { detectCollectionFormat } from './detect.ts';
import type { CollectionFormat, InputText } from '../types.ts';
import { removeIfStopped } from '../../interchange/temp-files.ts';

/** How many bytes are read before the format is decided. */
export const HEAD_BYTES = 64 * 1024;

/** An opened input: a single page's bytes, or a many-article input's streaming text. */
export type OpenedInput =
  | { kind: 'page'; bytes: Uint8Array }
  | { kind: 'collection'; format: CollectionFormat; text: InputText; size: number | undefined; bytesRead(): number };

/** A byte source read from the start: the head first, then the rest, once or (for a file) again. */
interface ByteSource {
  head: Buffer;
  /** Everything after the head, or `undefined` when the head is all of it. */
  rest(): AsyncIterable<Buffer>;
  size: number | undefined;
}

/** Opens `input` (a path, or `-` for standard input); read errors and an encoding nothing decodes say what to check. */
export async function openInput(
  input: string,
  stdin: AsyncIterable<Buffer> = process.stdin as AsyncIterable<Buffer>,
): Promise<OpenedInput> {
  const source = input === '-' ? await stdinSource(stdin) : await fileSource(input);
  const format = detectCollectionFormat(headText(source.head));
  if (!format) {
    const parts = [source.head];
    for await (const chunk of source.rest()) parts.push(chunk);
    return { kind: 'page', bytes: Buffer.concat(parts) };
  }
  const encoding = sniffEncoding(source.head);
  let read = 0;
  const text: InputText = {
    head: new TextDecoder(encoding.label).decode(source.head.subarray(encoding.bom), { stream: true }),
    async *chunks() {
      read = 0;
      async function* bytes() {
        yield source.head.subarray(encoding.bom);
        read = source.head.length;
        for await (const chunk of source.rest()) {
          yield chunk;
          read += chunk.length;
        }
      }
      // An export that is not valid text fails naming the byte, after the text before it has been read.
      yield* decodeChunks(bytes(), encoding, encoding.bom);
    },
  };
  return { kind: 'collection', format, text, size: source.size, bytesRead: () => read };
}

/** The head as text for telling the format, in the encoding it declares (a label nothing decodes is a page's problem, reported there). */
function headText(head: Buffer): string {
  let encoding: InputEncoding;
  try {
    encoding = sniffEncoding(head);
  } catch {
    encoding = { label: 'utf-8', bom: 0, declaredIn: undefined };
  }
  return new TextDecoder(encoding.label).decode(head.subarray(encoding.bom), { stream: true });
}

async function fileSource(path: string): Promise<ByteSource> {
  let head: Buffer;
  let size: number;
  try {
    size = (await stat(path)).size;
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      head = buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new ImportError(`cannot read the input: ${readProblem(error)}`);
  }
  return {
    head,
    size,
    async *rest() {
      if (head.length < HEAD_BYTES) return;
      yield* createReadStream(path, { start: head.length }) as AsyncIterable<Buffer>;
    },
  };
}

/**
 * Standard input can be read once: the head is kept, and the rest streams through the first reading
 * while it is copied to a temporary file, which later readings (a WordPress export whose
 * attachments follow their posts is read twice) stream from instead. The copy is removed on exit.
 */
async function stdinSource(stdin: AsyncIterable<Buffer>): Promise<ByteSource> {
  const iterator = stdin[Symbol.asyncIterator]();
  const parts: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    parts.push(Buffer.from(next.value));
    length += next.value.length;
  }
  let used = false;
  let copy: string | undefined;
  return {
    head: Buffer.concat(parts),
    size: undefined,
    async *rest() {
      if (done) return;
      if (copy) {
        yield* createReadStream(copy) as AsyncIterable<Buffer>;
        return;
      }
      if (used)
        throw new ImportError(
          'standard input was not read to its end the first time, so it cannot be read again; save it to a file and import that',
        );
      used = true;
      const path = join(tmpdir(), `dateline-stdin-${randomUUID()}`);
      const forget = removeIfStopped(path);
      process.once('exit', () => rmSync(path, { force: true }));
      const out = createWriteStream(path);
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const chunk = Buffer.from(next.value);
        if (!out.write(chunk)) await once(out, 'drain');
        yield chunk;
      }
      out.end();
      await finished(out);
      forget();
      copy = path;
    },
  };
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'there is no such file; check the path and the spelling'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission denied; check that you may read the file'
      : code === 'EISDIR'
        ? 'this is a folder; name the files inside it'
        : `${(error as Error).message}; check the file`;
}
