import { access } from 'node:fs/promises';
import { join } from 'node:path';

/** Where a site path is in the build output: `/base/archive/` is `archive/index.html`. */
export function outputFileFor(pathname: string, basePath: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const rel = decodeURIComponent(pathname.slice(basePath.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

/** Whether the build output has a file for the site path. */
export async function existsInBuild(outDir: string, pathname: string, basePath: string): Promise<boolean> {
  const file = outputFileFor(pathname, basePath);
  if (file === undefined) return false;
  return access(join(outDir, file)).then(
    () => true,
    () => false,
  );
}
