/**
 * A slow disk, for the test that stops an import mid-write: preloaded with `node --import`, it
 * makes every `FileHandle.sync()` (fsync) say so on stderr and then take a minute, as a full
 * USB stick or a network share can. The importer itself has no hook for tests.
 */
import { open } from 'node:fs/promises';

const probe = await open(import.meta.filename, 'r');
const fileHandle: { sync(): Promise<void> } = Object.getPrototypeOf(probe);
await probe.close();

const sync = fileHandle.sync;
fileHandle.sync = async function (this: unknown) {
  process.stderr.write('slow-disk: fsync is waiting\n');
  await new Promise((done) => setTimeout(done, 60_000));
  return sync.call(this);
};
