import { isWireTake, wireTakeText } from './anpa.ts';
import { decodeBytes, sniffEncoding } from './charset.ts';
import { DecodeError, ImportError } from '../errors.ts';

/**
 * Decodes an input file to text: UTF-8 (with or without a BOM), UTF-16 with a BOM as Windows
 * editors save it, or the encoding a saved page or XML file declares (older Korean pages use
 * EUC-KR); an ANPA 1312 / IPTC 7901 wire take loses its framing and service line. Line endings
 * become `\n`; stray control characters are dropped; quotes, dashes and every other character
 * are kept as pasted.
 */
export function decodeInput(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ImportError('the input is empty; paste the article text into it and try again');
  let text: string;
  if (isWireTake(Buffer.from(bytes.subarray(0, 64)).toString('latin1'))) {
    text = wireTakeText(decodeWire(bytes).replaceAll('\u0000', ''));
  } else {
    const encoding = sniffEncoding(bytes);
    try {
      text = decodeBytes(bytes, encoding);
    } catch (error) {
      throw error instanceof DecodeError && !encoding.declaredIn && looksBinary(bytes) ? binaryInput() : error;
    }
  }
  // A NUL is in binary files and in UTF-16 saved without a mark, never in text.
  if (text.includes('\u0000')) throw binaryInput();
  // Controls other than tab, newline, carriage return and form feed: a wire's bell, an escape pasted along.
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0001-\u0008\u000b\u000e-\u001f]/g, '');
  if (!text.trim())
    throw new ImportError('the input holds only blank lines; paste the article text into it and try again');
  return text;
}

/** Wire takes are 7-bit ASCII, or ANPA 1312's 8-bit Latin set where a receiver kept it. */
function decodeWire(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Whether bytes that are not text in any declared encoding look like a binary file: many controls in the first KiB. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  const controls = head.filter((b) => b < 0x09 || (b > 0x0d && b < 0x20)).length;
  return controls > head.length / 100;
}

function binaryInput(): ImportError {
  return new ImportError(
    'this is not text (it looks like a binary file, or text saved in an encoding other than UTF-8); save the article as UTF-8 text (.txt) or as a web page (.html) and import that',
  );
}
