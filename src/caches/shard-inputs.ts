/**
 * What each shard of a build in parts is made from, as one digest a shard, so that a rebuild keeps
 * a shard whose digest has not changed since it was built instead of building it again (Astro's own
 * incremental build still reads and checks every file of the shard to find that nothing changed). A shard's
 * pages show its own years' articles whole, and of every other story only what its front matter
 * says (related coverage, topic neighbours, the names of people and places: src/astro/archive.ts,
 * the article page); so a shard's digest takes the whole text of its own years' files, the front
 * matter of every other article and version, every source, topic and alias file, and the code,
 * packages and settings that make the pages. Editing an article's text rebuilds its shard alone;
 * editing its headline, every shard. The merge is always built, and checks every file.
 */
import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { fdir } from 'fdir';
import { ALIASES_FILE } from '../model/aliases.ts';
import { listContentFiles, yearOfId, type CollectionName } from '../model/content-files.ts';
import { readContentText } from '../model/read-content.ts';

/** What makes the pages besides the content: the project's code and packages. */
const CODE_FOLDERS = ['src', 'scripts'];
const CODE_FILES = ['astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

/** The settings read from the environment that change what a part's pages say. */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'SEARCH_PART_ARTICLES'];

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

function readOrNothing(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The digest of the project's code and packages under `projectRoot`, file by file. */
function codeDigest(projectRoot: string, hash: Hash): void {
  const inFolders = CODE_FOLDERS.flatMap((folder) =>
    new fdir().withFullPaths().crawl(join(projectRoot, folder)).sync().sort(),
  );
  for (const file of [...inFolders, ...CODE_FILES.map((name) => join(projectRoot, name))]) {
    hash.update(`${relative(projectRoot, file)}\n`).update(readOrNothing(file) ?? '(none)');
  }
}

/** One content file as a shard sees it: all of it when it is the shard's own, else what others' pages show of it. */
interface SeenFile {
  key: string;
  /** The year folder of an article or version; none for sources and topics, which every shard shows whole. */
  year?: string;
  whole: string;
  frontMatter: string;
}

async function contentFiles(contentDir: string): Promise<SeenFile[]> {
  const seen: SeenFile[] = [];
  for (const collection of ['articles', 'versions', 'sources', 'topics'] satisfies CollectionName[]) {
    const { files, problems } = await listContentFiles(contentDir, collection);
    // A misnamed file is the merge's to report; here it only has to change the digest.
    for (const problem of problems)
      seen.push({ key: `${collection}!${problem.file}`, whole: problem.message, frontMatter: problem.message });
    for (const entry of files) {
      // The model's reader: a file that is not UTF-8 text counts by its problem, as the merge will report it.
      const read = readContentText(entry);
      const text = read.text ?? read.problem!.message;
      const whole = sha(text);
      const story = collection === 'articles' || collection === 'versions';
      const frontMatter = story ? sha(extractFrontmatter(text) ?? text) : whole;
      seen.push({ key: `${collection}/${entry.id}`, year: story ? yearOfId(entry.id) : undefined, whole, frontMatter });
    }
  }
  const aliases = readOrNothing(join(contentDir, ALIASES_FILE));
  if (aliases) seen.push({ key: ALIASES_FILE, whole: sha(aliases), frontMatter: sha(aliases) });
  return seen;
}

/**
 * The digest of each shard of `plan` (the years of each shard, as src/config/build-part.ts shardYears
 * cuts them) over the archive in `contentDir`: equal digests, equal shard folders. `options` are
 * the build's own options that reach Astro (`--force` among them never keeps a shard anyway).
 */
export async function shardInputDigests(
  projectRoot: string,
  contentDir: string,
  plan: readonly string[][],
  options: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  const shared = createHash('sha256').update(
    JSON.stringify({ plan, options, settings: SETTINGS.map((name) => env[name] ?? '') }),
  );
  codeDigest(projectRoot, shared);
  const files = await contentFiles(contentDir);
  return plan.map((years) => {
    const own = new Set(years);
    const hash = shared.copy();
    for (const file of files)
      hash.update(`${file.key}\n${file.year !== undefined && own.has(file.year) ? file.whole : file.frontMatter}\n`);
    return hash.digest('hex').slice(0, 32);
  });
}
