/**
 * A problem with one input that the editor can fix. The message says what is wrong and what
 * to do; runImport (run.ts) prefixes the input's name.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A byte the chosen encoding cannot decode: where it is (from the file's first byte) and in which encoding. */
export class DecodeError extends ImportError {
  readonly offset: number;
  readonly encoding: string;
  constructor(message: string, offset: number, encoding: string) {
    super(message);
    this.name = 'DecodeError';
    this.offset = offset;
    this.encoding = encoding;
  }
}
