/**
 * Which encoding an input's bytes are in, and decoding them as a stream. The document says:
 * a byte-order mark, the XML declaration's `encoding`, or (in an HTML page) `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`; Node's TextDecoder (full ICU)
 * knows every WHATWG label. Text that decodes as UTF-8 with non-ASCII in it is UTF-8 whatever it
 * declares: a feed that says ISO-8859-1 and sends UTF-8 is the common mistake, the reverse is not.
 */
import { DecodeError, ImportError } from '../errors.ts';

/** The encoding chosen for an input and why. */
export interface InputEncoding {
  /** The WHATWG name TextDecoder uses (`utf-8`, `windows-1252`, `euc-kr`). */
  label: string;
  /** Bytes of byte-order mark to skip. */
  bom: number;
  /** Where the choice came from; `undefined` when the input declares nothing (UTF-8 assumed). */
  declaredIn: 'a byte-order mark' | 'its XML declaration' | 'its <meta charset>' | undefined;
  /** The label as the document wrote it (`ISO-8859-1`), for messages. */
  declaredAs?: string;
}

/** Single-byte encodings decode any byte, so a wrong one never fails; UTF-8 in them is the mistake to catch. */
const UTF8 = 'utf-8';

/** How an encoding is called in messages: what the document wrote, else its usual name. */
export function encodingName(encoding: InputEncoding): string {
  return encoding.declaredAs ?? displayName(encoding.label);
}

function displayName(label: string): string {
  return label === 'shift_jis' ? 'Shift_JIS' : label.startsWith('windows-') ? label : label.toUpperCase();
}

/** The encoding of an input from its first bytes (64 KiB is plenty); throws an ImportError for a label nothing decodes. */
export function sniffEncoding(head: Uint8Array): InputEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf)
    return { label: UTF8, bom: 3, declaredIn: 'a byte-order mark' };
  if (head[0] === 0xff && head[1] === 0xfe) return { label: 'utf-16le', bom: 2, declaredIn: 'a byte-order mark' };
  if (head[0] === 0xfe && head[1] === 0xff) return { label: 'utf-16be', bom: 2, declaredIn: 'a byte-order mark' };
  // UTF-16 without a mark still starts "<?" as XML says (appendix F), or "{" for JSON.
  if (head[0] === 0x3c && head[1] === 0 && head[2] !== 0)
    return { label: 'utf-16le', bom: 0, declaredIn: 'its XML declaration' };
  if (head[0] === 0 && head[1] === 0x3c) return { label: 'utf-16be', bom: 0, declaredIn: 'its XML declaration' };

  const ascii = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([^"']*)["']/.exec(ascii);
  const meta =
    xml || /^\s*<\?xml\s/.test(ascii)
      ? undefined
      : /<meta\s[^>]*?\bcharset\s*=\s*["']?([^\s"'/>;]+)/i.exec(ascii.slice(0, 4096));
  const declared = xml?.[1] ?? meta?.[1];
  if (!declared) return { label: UTF8, bom: 0, declaredIn: undefined };
  const declaredIn = xml ? 'its XML declaration' : 'its <meta charset>';
  const label = whatwgLabel(declared);
  if (!label || label === 'replacement') {
    throw new ImportError(
      `the document declares the encoding "${declared}" in ${declaredIn}, which the importer cannot decode; save it as UTF-8 (or as windows-1252, ISO-8859-1, EUC-KR or Shift_JIS, declared the same way) and import it again`,
    );
  }
  // A UTF-16 label on bytes that read as ASCII is wrong about itself: the bytes decide (as browsers do).
  if (label.startsWith('utf-16') || label === UTF8) return { label: UTF8, bom: 0, declaredIn, declaredAs: declared };
  if (looksLikeUtf8(head)) return { label: UTF8, bom: 0, declaredIn: undefined };
  return { label, bom: 0, declaredIn, declaredAs: declared };
}

function whatwgLabel(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** Whether the bytes hold non-ASCII that is all valid UTF-8 (a last character cut off by the end of the head allowed). */
function looksLikeUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((b) => b >= 0x80)) return false;
  try {
    new TextDecoder(UTF8, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes `chunks` (the input from byte `start`, after any byte-order mark) in `encoding`. A byte
 * the encoding cannot decode ends the stream with a DecodeError naming its offset, after the
 * text before it has been given, so whatever came wholly before the bad byte can still be read.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: InputEncoding,
  start: number,
): AsyncIterable<string> {
  // A character cut by a chunk's end waits for the next chunk here, so each decode starts on a
  // character boundary and a failure can be placed exactly.
  let carry: Uint8Array = new Uint8Array(0);
  let offset = start;
  for await (const chunk of chunks) {
    const data = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const decoded = decodeWhole(data, encoding.label);
    if ('badAt' in decoded) {
      if (decoded.before) yield decoded.before;
      throw decodeError(offset + decoded.badAt, data, encoding);
    }
    if (decoded.text) yield decoded.text;
    carry = data.subarray(decoded.used);
    offset += decoded.used;
  }
  // Bytes left over at the end are a character the file cuts short.
  if (carry.length) throw decodeError(offset, carry, encoding);
}

/** Decodes a whole input held in memory (after its byte-order mark); a byte the encoding cannot decode throws a DecodeError naming it. */
export function decodeBytes(bytes: Uint8Array, encoding: InputEncoding): string {
  const data = bytes.subarray(encoding.bom);
  try {
    return new TextDecoder(encoding.label, { fatal: true }).decode(data);
  } catch {
    throw decodeError(
      encoding.bom + sequenceStart(data, firstInvalidByte(data, encoding.label), encoding.label),
      data,
      encoding,
    );
  }
}

/** The text of `data` and how many bytes it used (all but a cut-off last character), or where it first fails. */
function decodeWhole(
  data: Uint8Array,
  label: string,
): { text: string; used: number } | { badAt: number; before: string } {
  // A character is at most 4 bytes, so holding back up to 3 finds where the last whole one ends.
  for (let hold = 0; hold <= Math.min(3, data.length); hold++) {
    try {
      return {
        text: new TextDecoder(label, { fatal: true }).decode(data.subarray(0, data.length - hold)),
        used: data.length - hold,
      };
    } catch {
      // Either the last character is incomplete (try holding one more byte back) or a byte is invalid.
    }
  }
  const badAt = sequenceStart(data, firstInvalidByte(data, label), label);
  return { badAt, before: new TextDecoder(label).decode(data.subarray(0, badAt), { stream: true }) };
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

/** Where the character that `failsAt` breaks began (a lead byte up to 3 back), so a message points at the é, not the byte after it. */
function sequenceStart(bytes: Uint8Array, failsAt: number, label: string): number {
  for (let start = failsAt; start >= Math.max(0, failsAt - 3); start--) {
    try {
      new TextDecoder(label, { fatal: true }).decode(bytes.subarray(0, start));
      return start;
    } catch {
      // Still inside the broken character: one byte further back.
    }
  }
  return failsAt;
}

// Encodings an undeclared file is often in, checked against its bytes for the advice.
const CANDIDATES = [
  ['euc-kr', 'EUC-KR'],
  ['shift_jis', 'Shift_JIS'],
  ['windows-1252', 'windows-1252 (ISO-8859-1)'],
] as const;

function decodeError(at: number, data: Uint8Array, encoding: InputEncoding): DecodeError {
  const name = encodingName(encoding);
  if (encoding.declaredIn) {
    return new DecodeError(
      `the text is not valid ${name} at byte ${at}, though the file declares ${name} in ${encoding.declaredIn}; fix the declaration to the encoding the file is saved in (or save it as UTF-8) and import it again`,
      at,
      name,
    );
  }
  const fits = CANDIDATES.filter(([label]) => {
    try {
      new TextDecoder(label, { fatal: true }).decode(data, { stream: true });
      return true;
    } catch {
      return false;
    }
  }).map(([, shown]) => shown);
  return new DecodeError(
    `the text is not valid UTF-8 at byte ${at} and declares no other encoding; save the file as UTF-8, or declare the encoding it is in (its bytes read as ${fits.length > 1 ? `${fits.slice(0, -1).join(', ')} or ${fits.at(-1)}` : fits[0]}) in its XML declaration (<?xml version="1.0" encoding="EUC-KR"?>) or, for a web page, in <meta charset="EUC-KR">, and import it again`,
    at,
    'UTF-8',
  );
}
