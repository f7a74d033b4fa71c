import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../../../src/importer/input/decode.ts';
import { lines } from '../../../../src/importer/formats/pages/lines.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeInput', () => {
  it('drops a BOM and turns CRLF and CR line endings into LF', () => {
    expect(decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Title\r\nBody\rMore\n')]))).toBe(
      'Title\nBody\nMore\n',
    );
  });

  it('keeps smart quotes, dashes, apostrophes and Korean exactly as pasted', () => {
    const text = 'Koreas’ “complete denuclearization” — 판문점 선언 – it’s\n';
    expect(decodeInput(bytes(text))).toBe(text);
  });

  it('reads UTF-16 text saved with a BOM', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('“Talks” 판문점\r\n', 'utf16le')]);
    expect(decodeInput(utf16)).toBe('“Talks” 판문점\n');
  });

  it('reads a saved page in the charset it declares', () => {
    // "<meta charset="euc-kr"><p>판문점</p>" as an EUC-KR page stores it.
    const page = Buffer.concat([
      Buffer.from('<meta charset="euc-kr"><p>'),
      Buffer.from([0xc6, 0xc7, 0xb9, 0xae, 0xc1, 0xa1]),
      Buffer.from('</p>'),
    ]);
    expect(decodeInput(page)).toBe('<meta charset="euc-kr"><p>판문점</p>');
  });

  it('reads a page in the charset its http-equiv meta declares, and an XML file in its declaration’s', () => {
    const sjis = Buffer.concat([
      Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><p>'),
      Buffer.from([0x93, 0x8c, 0x8b, 0x9e]),
      Buffer.from('</p>'),
    ]);
    expect(decodeInput(sjis)).toContain('<p>東京</p>');
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>\n<note>Genève</note>', 'latin1');
    expect(decodeInput(latin1)).toContain('<note>Genève</note>');
  });

  it('refuses undeclared text that is not UTF-8, naming the byte and the encodings it could be declared as', () => {
    expect(() => decodeInput(Buffer.from('Talks in Genève\nThe envoys met.', 'latin1'))).toThrow(
      /^the text is not valid UTF-8 at byte 12 and declares no other encoding; save the file as UTF-8, or declare the encoding it is in \(its bytes read as Shift_JIS or windows-1252 \(ISO-8859-1\)\)/,
    );
  });

  it('drops stray control characters (a wire’s bell, a pasted escape) and keeps the text', () => {
    expect(decodeInput(bytes('\u0007\u0007FLASH\u001b\nSEOUL -- Text.\n'))).toBe('FLASH\nSEOUL -- Text.\n');
  });

  it('reads an ANPA 1312 / IPTC 7901 take as the wire copy inside its framing', () => {
    const take = Buffer.from(
      '\u0001a0456 4 i BC-Talks 01-20 0210\r\r\n\u0002Envoys meet\r\r\n   SEOUL (AP) -- They met.\r\r\n\u0003',
      'latin1',
    );
    expect(decodeInput(take)).toBe('Envoys meet\n\nSEOUL (AP) -- They met.\n');
  });

  it('refuses empty and blank input', () => {
    expect(() => decodeInput(new Uint8Array())).toThrow(
      'the input is empty; paste the article text into it and try again',
    );
    expect(() => decodeInput(bytes(' \n\r\n\t\n'))).toThrow(/holds only blank lines/);
  });

  it('refuses binary input: invalid UTF-8 or control bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeInput(png)).toThrow(
      /not text \(it looks like a binary file, or text saved in an encoding other than UTF-8\)/,
    );
    expect(() => decodeInput(new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x00, 0x41]))).toThrow(/binary/);
  });
});

describe('lines', () => {
  it('splits on newlines and trims trailing whitespace only', () => {
    expect(lines('  indented  \nnext\t\n')).toEqual(['  indented', 'next', '']);
  });
});
