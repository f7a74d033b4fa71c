import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeChunks, sniffEncoding } from '../../../../src/importer/input/charset.ts';
import { DecodeError } from '../../../../src/importer/errors.ts';

const ascii = (text: string) => Buffer.from(text, 'latin1');
// "판문점" as EUC-KR stores it; "東京" as Shift_JIS does.
const PANMUNJOM_EUC_KR = Buffer.from([0xc6, 0xc7, 0xb9, 0xae, 0xc1, 0xa1]);
const TOKYO_SHIFT_JIS = Buffer.from([0x93, 0x8c, 0x8b, 0x9e]);

async function decodeAll(bytes: Buffer, size: number, label: string): Promise<string> {
  async function* chunks() {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  let text = '';
  for await (const part of decodeChunks(chunks(), { label, bom: 0, declaredIn: 'its XML declaration' }, 0))
    text += part;
  return text;
}

describe('sniffEncoding', () => {
  it('takes a byte-order mark, then the XML declaration, then an HTML page’s meta charset', () => {
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x3c, 0]))).toMatchObject({ label: 'utf-16le', bom: 2 });
    expect(sniffEncoding(Buffer.from([0xfe, 0xff, 0, 0x3c]))).toMatchObject({ label: 'utf-16be', bom: 2 });
    expect(sniffEncoding(Buffer.from('<?xml version="1.0"?>', 'utf16le'))).toMatchObject({ label: 'utf-16le', bom: 0 });
    expect(sniffEncoding(ascii('<?xml version="1.0" encoding="ISO-8859-1"?><rss>'))).toEqual({
      label: 'windows-1252',
      bom: 0,
      declaredIn: 'its XML declaration',
      declaredAs: 'ISO-8859-1',
    });
    expect(sniffEncoding(ascii("<?xml version='1.0' encoding='EUC-KR'?>"))).toMatchObject({
      label: 'euc-kr',
      declaredAs: 'EUC-KR',
    });
    expect(
      sniffEncoding(ascii('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')),
    ).toMatchObject({ label: 'shift_jis', declaredIn: 'its <meta charset>' });
    expect(sniffEncoding(ascii('<!doctype html><meta charset=euc-kr>'))).toMatchObject({ label: 'euc-kr' });
    expect(sniffEncoding(ascii('{"version": "https://jsonfeed.org/version/1.1"}'))).toEqual({
      label: 'utf-8',
      bom: 0,
      declaredIn: undefined,
    });
  });

  it('reads an XML file as XML: a <meta charset> inside its CDATA is not its encoding', () => {
    expect(sniffEncoding(ascii('<?xml version="1.0"?><rss><![CDATA[<meta charset="euc-kr">]]></rss>'))).toMatchObject({
      label: 'utf-8',
    });
  });

  it('reads a file that declares ISO-8859-1 but holds UTF-8 as UTF-8, the usual mislabelling', () => {
    const mislabelled = Buffer.concat([
      ascii('<?xml version="1.0" encoding="ISO-8859-1"?><t>'),
      Buffer.from('Genève 판문점</t>'),
    ]);
    expect(sniffEncoding(mislabelled)).toMatchObject({ label: 'utf-8' });
    expect(decodeBytes(mislabelled, sniffEncoding(mislabelled))).toContain('Genève 판문점');
  });

  it('refuses an encoding nothing decodes, naming it and where it is declared', () => {
    expect(() => sniffEncoding(ascii('<?xml version="1.0" encoding="x-klingon"?>'))).toThrow(
      'the document declares the encoding "x-klingon" in its XML declaration, which the importer cannot decode; save it as UTF-8',
    );
  });
});

describe('decodeChunks', () => {
  it('decodes multi-byte encodings whatever the chunk boundaries', async () => {
    const eucKr = Buffer.concat([ascii('a '), PANMUNJOM_EUC_KR, ascii(' b'), PANMUNJOM_EUC_KR]);
    const sjis = Buffer.concat([TOKYO_SHIFT_JIS, ascii('x'), TOKYO_SHIFT_JIS]);
    const utf16 = Buffer.from('“𝄞” 판문점', 'utf16le');
    for (const size of [1, 2, 3, 5, 64]) {
      expect(await decodeAll(eucKr, size, 'euc-kr')).toBe('a 판문점 b판문점');
      expect(await decodeAll(sjis, size, 'shift_jis')).toBe('東京x東京');
      expect(await decodeAll(utf16, size, 'utf-16le')).toBe('“𝄞” 판문점');
    }
  });

  it('gives the text before a bad byte, then fails naming its offset in the file and the declared encoding', async () => {
    // 0xff is no EUC-KR lead byte; a chunk boundary falls inside the character before it.
    const bytes = Buffer.concat([ascii('<t>'), PANMUNJOM_EUC_KR, Buffer.from([0xff]), ascii('</t>')]);
    for (const size of [1, 4, 100]) {
      let text = '';
      const error = await (async () => {
        async function* chunks() {
          for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
        }
        try {
          for await (const part of decodeChunks(
            chunks(),
            { label: 'euc-kr', bom: 0, declaredIn: 'its XML declaration', declaredAs: 'EUC-KR' },
            0,
          ))
            text += part;
        } catch (caught) {
          return caught;
        }
        return undefined;
      })();
      expect(text, String(size)).toBe('<t>판문점');
      expect(error).toBeInstanceOf(DecodeError);
      expect((error as DecodeError).offset).toBe(9);
      expect((error as Error).message).toBe(
        'the text is not valid EUC-KR at byte 9, though the file declares EUC-KR in its XML declaration; fix the declaration to the encoding the file is saved in (or save it as UTF-8) and import it again',
      );
    }
  });

  it('fails a character cut short by the end of the file at the byte where it starts', async () => {
    await expect(
      decodeAll(Buffer.concat([ascii('ab'), PANMUNJOM_EUC_KR.subarray(0, 1)]), 2, 'euc-kr'),
    ).rejects.toMatchObject({ offset: 2 });
  });
});

describe('decodeBytes', () => {
  it('says which encodings undeclared bytes that are not UTF-8 could be declared as', () => {
    expect(() =>
      decodeBytes(Buffer.concat([ascii('Talks at '), PANMUNJOM_EUC_KR]), sniffEncoding(ascii('Talks'))),
    ).toThrow(
      /^the text is not valid UTF-8 at byte 9 and declares no other encoding; save the file as UTF-8, or declare the encoding it is in \(its bytes read as EUC-KR, Shift_JIS or windows-1252 \(ISO-8859-1\)\) in its XML declaration/,
    );
  });
});
