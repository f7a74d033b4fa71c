import { describe, expect, it } from 'vitest';
import { removeIfStopped } from '../../../src/interchange/temp-files.ts';

const listeners = () => [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];

// Removing the files on a signal needs a process to signal: tests/integration/import-roundtrip.test.ts.
describe('removeIfStopped', () => {
  it('listens for SIGINT and SIGTERM only while a file is pending, once however many there are', () => {
    const [int, term] = listeners();
    const releaseA = removeIfStopped('/nowhere/.a.md.tmp');
    const releaseB = removeIfStopped('/nowhere/.b.md.tmp');
    expect(listeners()).toEqual([int! + 1, term! + 1]);
    releaseA();
    expect(listeners()).toEqual([int! + 1, term! + 1]);
    releaseB();
    expect(listeners()).toEqual([int, term]);
  });
});
