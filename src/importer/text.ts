import { ImportError } from './errors.ts';

/**
 * Decodes an input file to text: UTF-8 (with or without a BOM), UTF-16 with a BOM as Windows
 * editors save it, or the charset a saved page declares (older Korean pages use EUC-KR).
 * Line endings become `\n`; quotes, dashes and every other character are kept as pasted.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the input is empty; paste the article text into it and try again');
  let text: string;
  try {
    text = decode(bytes);
  } catch {
    throw binaryInput();
  }
  // A NUL or other C0 control (besides tab, newline, carriage return, form feed) means a binary file.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) throw binaryInput();
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ImportError('the input holds only blank lines; paste the article text into it and try again');
  return text;
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    // Not UTF-8: a saved page may say what it is; anything else is not text we can read.
    const charset = declaredCharset(bytes);
    if (!charset || charset === 'utf-8') throw error;
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  }
}

/** The charset a saved page declares in its head (`<meta charset="euc-kr">`), if Node can decode it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (!label) return undefined;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

function binaryInput(): ImportError {
  return new ImportError(
    'this is not text (it looks like a binary file, or text saved in an encoding other than UTF-8); save the article as UTF-8 text (.txt) or as a web page (.html) and import that',
  );
}

/** The text's lines, each without trailing whitespace. */
export function lines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd());
}

/** A few lines, quoted and shortened, for a note to the editor. */
export function quoteLines(list: readonly string[], max = 3): string {
  const shown = list.slice(0, max).map((l) => JSON.stringify(l.length > 60 ? `${l.slice(0, 57)}...` : l));
  return shown.join(', ') + (list.length > max ? `, and ${list.length - max} more` : '');
}
