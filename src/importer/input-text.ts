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
import { ImportError } from './errors.ts';
import { detectCollectionFormat } from './formats.ts';
import type { CollectionFormat, InputText } from './page.ts';
import { removeIfStopped } from './temp-files.ts';

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

/** Opens `input` (a path, or `-` for standard input); read errors say what to check. */
export async function openInput(input: string, stdin: AsyncIterable<Buffer> = process.stdin as AsyncIterable<Buffer>): Promise<OpenedInput> {
  const source = input === '-' ? await stdinSource(stdin) : await fileSource(input);
  const encoding = bomEncoding(source.head);
  const headText = new TextDecoder(encoding.label).decode(source.head.subarray(encoding.bom), { stream: true });
  const format = detectCollectionFormat(headText);
  if (!format) {
    const parts = [source.head];
    for await (const chunk of source.rest()) parts.push(chunk);
    return { kind: 'page', bytes: Buffer.concat(parts) };
  }
  let read = 0;
  const text: InputText = {
    head: headText,
    async *chunks() {
      // Fatal: an export that is not valid text must fail, naming where, not import mangled.
      const decoder = new TextDecoder(encoding.label, { fatal: true });
      read = 0;
      let offset = 0;
      const decode = (bytes: Buffer, last: boolean) => {
        try {
          return decoder.decode(bytes, { stream: !last });
        } catch {
          const at = offset + firstInvalidByte(bytes, encoding.label);
          throw new ImportError(`the text is not valid ${encoding.label.toUpperCase()} at byte ${at}; save the file as UTF-8 and import it again`);
        }
      };
      const first = decode(source.head.subarray(encoding.bom), false);
      offset = read = source.head.length;
      if (first) yield first;
      for await (const chunk of source.rest()) {
        const part = decode(chunk, false);
        offset = read += chunk.length;
        if (part) yield part;
      }
      const tail = decode(Buffer.alloc(0), true);
      if (tail) yield tail;
    },
  };
  return { kind: 'collection', format, text, size: source.size, bytesRead: () => read };
}

/** Where in `bytes` decoding first fails: a prefix fails once it holds the bad sequence, so halving finds it. */
function firstInvalidByte(bytes: Uint8Array, label: string): number {
  const fails = (end: number) => {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (fails(mid + 1)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function bomEncoding(head: Buffer): { label: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: number } {
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', bom: 2 };
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { label: 'utf-8', bom: 3 };
  return { label: 'utf-8', bom: 0 };
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
      if (used) throw new ImportError('standard input was not read to its end the first time, so it cannot be read again; save it to a file and import that');
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
  return code === 'ENOENT' ? 'there is no such file; check the path and the spelling'
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied; check that you may read the file'
    : code === 'EISDIR' ? 'this is a folder; name the files inside it'
    : `${(error as Error).message}; check the file`;
}
