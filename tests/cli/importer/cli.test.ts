import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveWithWireSources,
  importerFixtures,
  runImport,
  runNode,
  SCRIPT_TIMEOUT_MS,
} from '../../unit/importer/fixtures.ts';

const yonhapLead = join(importerFixtures, 'yonhap/lead-envoy-presses-china.txt');
const yonhapTarget = (dir: string) => join(dir, 'articles/2016/us-envoy-presses-china-to-use-its-sway-over-n-korea.md');

// `npm run import` as a process: its standard input, its streams and exit codes, and what it writes as `npm run check:content` sees it.
describe('npm run import', { timeout: 3 * SCRIPT_TIMEOUT_MS }, () => {
  it('reads standard input for -', async () => {
    const dir = await archiveWithWireSources();
    const result = await runImport(['--out', join(dir, 'articles'), '-'], { input: await readFile(yonhapLead) });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(yonhapTarget(dir));
  });

  it('rejects a --date that is not a real date, and a missing file list, with usage help', async () => {
    const badDate = await runImport(['--date', '2016-02-30', yonhapLead]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('--date "2016-02-30" is not a real date; write it as YYYY-MM-DD');
    const noFiles = await runImport([]);
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain('Usage: npm run import');
    // An empty --out would write into the working folder.
    const emptyOut = await runImport(['--out', '', yonhapLead]);
    expect(emptyOut.code).toBe(2);
    expect(emptyOut.stderr).toContain('--out is empty; pass the folder that holds the year folders');
  });

  it('writes articles the content check accepts: every fixture, into one archive', async () => {
    const dir = await archiveWithWireSources();
    const kinds = ['yonhap', 'ap', 'plain', 'html'];
    const files = (
      await Promise.all(
        kinds.map(async (k) =>
          (await readdir(join(importerFixtures, k)))
            .filter((f) => /\.(txt|html)$/.test(f))
            .map((f) => join(importerFixtures, k, f)),
        ),
      )
    ).flat();
    const result = await runImport([
      '--out',
      join(dir, 'articles'),
      '--source',
      'wire',
      '--date',
      '2019-10-05',
      ...files.filter((f) => f.includes('/plain/')),
    ]);
    expect(result.code, result.stderr).toBe(0);
    const rest = await runImport(['--out', join(dir, 'articles'), ...files.filter((f) => !f.includes('/plain/'))]);
    expect(rest.code, rest.stderr).toBe(0);
    expect(rest.stdout.trim().split('\n')).toHaveLength(files.length - 2);
    const check = await runNode('scripts/check-content.ts', [dir]);
    expect(check.stdout).toBe('');
    expect(check.code).toBe(0);
  });
});
