import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../../scripts/bench/import-bench.ts';
import { binDir, projectRoot } from '../../../scripts/lib/build-command.ts';

describe('the import benchmark', () => {
  it('runs the import exactly as npm run import does: the script’s Node flags, then the CLI and the arguments', async () => {
    const { scripts } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const flags = scripts.import!.split(/\s+/).filter((part) => part.startsWith('--'));
    const command = await importCommand(['--out', 'x', 'export.xml']);
    expect(command).toEqual([
      join(binDir, 'node'),
      ...flags,
      join(projectRoot, 'src/importer/cli.ts'),
      '--out',
      'x',
      'export.xml',
    ]);
  });
});
