/** `npm run build -- --host NAME` refused before any build starts (the check itself: tests/unit/scripts/host-check.test.ts; a build that passes it: tests/build/build-script.test.ts). */
import { describe, expect, it } from 'vitest';
import { runNode } from '../../unit/importer/fixtures.ts';

describe('npm run build -- --host', () => {
  it('refuses an unknown host, listing the known ones, with exit code 2 and no build', async () => {
    const result = await runNode('scripts/build.ts', ['--host', 'heroku']);
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr:
        '--host: unknown host "heroku"; the known hosts are github-pages, cloudflare-pages, cloudflare-pages-free, gitlab-pages, netlify\n',
    });
  });

  it('refuses --host on a shard, which is not the site deployed', async () => {
    const result = await runNode('scripts/build.ts', ['--shard', '1/2', '--host', 'netlify']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^--host checks the site you deploy: give it to the merge/);
  });
});
