/**
 * A problem with one input that the editor can fix. The message says what is wrong and what
 * to do; the CLI prefixes the input's name.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
