/**
 * An archive is never locked in: `npm run export` writes it out as ninjs or a JSON Feed, and
 * `npm run import` of that file into an empty archive gives back the same articles, front matter
 * field for field and bodies as Markdown documents. Both CLIs run as processes, as a user runs them.
 */
import { cp, mkdir, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { stringifyOptions } from '../../src/importer/formats/body/markdown.ts';
import { readContentFolder } from '../../src/model/read-content.ts';
import { validateArticles } from '../../src/model/validate.ts';
import { copyFixture, fixturesDir, writeArticle } from '../helpers/content.ts';
import { projectRoot, reportPath, runImport, runNode, SCRIPT_TIMEOUT_MS } from '../unit/importer/fixtures.ts';

const runExport = (args: string[]) => runNode('src/exporter/cli.ts', args);

const ARCHIVES = {
  'the fixture archive': join(fixturesDir, 'archive'),
  'the 40-story sample': join(projectRoot, 'content'),
};
const FORMATS = ['ninjs', 'jsonfeed'] as const;

type Node = Root | RootContent;

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

/**
 * A Markdown body as a document: its mdast tree without positions, runs of white space in text
 * made one space. Two bodies that read the same (`*a*` and `_a_`, a table padded or not) are equal.
 */
function documentOf(markdown: string): unknown {
  const strip = (node: Node): unknown => {
    const { position: _position, children, ...rest } = node as Node & { children?: Node[] };
    if ('value' in rest && typeof rest.value === 'string') rest.value = rest.value.replace(/\s+/g, ' ');
    return children ? { ...rest, children: children.map(strip) } : rest;
  };
  return strip(parse(markdown));
}

/**
 * EXCEPTION 1, links to the site's own pages (`[the talks page](/topics/talks/)`): an exported
 * body is self-contained HTML, and the importer keeps a link only when it has a web or mail
 * address (a relative one means nothing in the archive it is imported into), so such a link
 * comes back as its text. This is the original body with exactly those links made text, or
 * `undefined` when it has none.
 */
function withSiteLinksAsText(markdown: string): string | undefined {
  const tree = parse(markdown);
  let changed = false;
  const unlink = (node: Node): Node[] => {
    if (node.type === 'link' && node.url.startsWith('/')) {
      changed = true;
      return node.children.flatMap(unlink);
    }
    if ('children' in node) (node as { children: Node[] }).children = node.children.flatMap(unlink);
    return [node];
  };
  unlink(tree);
  return changed ? unified().use(remarkGfm).use(remarkStringify, stringifyOptions).stringify(tree) : undefined;
}

/**
 * EXCEPTION 2, raw HTML in a body: the export carries the body as the site shows it, through
 * the build's sanitiser, so what the site never shows (script, iframe, style, event handlers,
 * `javascript:` links, an image with no address) is not exported, and the HTML that is shown
 * (a figure, a link) comes back as Markdown. Only the fixture archive's hostile copy has raw HTML.
 */
const SANITISED_BODIES: Record<string, string> = {
  '2018/hostile-copy': [
    'A paragraph with a script.',
    'click me and raw link and [external](https://external.example/).',
    '![ok](https://images.example/ok.jpg)',
    'Kept caption',
    '| Year | Tests |\n| --- | --- |\n| 2016 | 2 |',
  ].join('\n\n'),
};

/** The body the round trip must give back for an original article: the same, but for the two exceptions above. */
function expectedBody(id: string, body: string): { markdown: string; exception?: 'site links' | 'sanitised' } {
  const sanitised = SANITISED_BODIES[id];
  if (sanitised !== undefined) return { markdown: sanitised, exception: 'sanitised' };
  const unlinked = withSiteLinksAsText(body);
  return unlinked === undefined ? { markdown: body } : { markdown: unlinked, exception: 'site links' };
}

/** An archive with the sources and topics of `archive` and no articles: where an export is imported. */
async function emptyArchiveLike(archive: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-export-'));
  await cp(join(archive, 'sources'), join(dir, 'sources'), { recursive: true });
  await cp(join(archive, 'topics'), join(dir, 'topics'), { recursive: true });
  await mkdir(join(dir, 'articles'));
  return dir;
}

/** Which original article each exported item is: its address, or the `urn:dateline:<id>` given to one without. */
function originalIds(exported: unknown, originals: Awaited<ReturnType<typeof readContentFolder>>): string[] {
  const items = (Array.isArray(exported) ? exported : (exported as { items: unknown[] }).items) as {
    uri?: string;
    id?: string;
  }[];
  const byUrl = new Map(
    originals.articles.flatMap((a) => (a.data.originalUrl ? [[a.data.originalUrl, a.id] as const] : [])),
  );
  return items.map((item) => {
    const key = item.uri ?? item.id ?? '';
    return key.startsWith('urn:dateline:') ? decodeURIComponent(key.slice('urn:dateline:'.length)) : byUrl.get(key)!;
  });
}

describe.each(Object.entries(ARCHIVES))(
  'exporting %s and importing it into an empty archive',
  { timeout: 4 * SCRIPT_TIMEOUT_MS },
  (_name, archive) => {
    it.each(FORMATS)('as %s gives back every article with the same front matter and body', async (format) => {
      const originals = await readContentFolder(archive, { bodies: true });
      expect(originals.problems).toEqual([]);
      const target = await emptyArchiveLike(archive);
      const file = join(target, `export.${format}.json`);

      const exported = await runExport(['--format', format, '--out', file, archive]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(exported.stdout).toBe('');
      const document = JSON.parse(await readFile(file, 'utf8'));
      const ids = originalIds(document, originals);
      expect([...ids].sort()).toEqual(originals.articles.map((a) => a.id).sort());

      const report = await reportPath();
      const imported = await runImport(['--out', join(target, 'articles'), '--report', report, file]);
      expect(imported.code, imported.stderr).toBe(0);
      const drafts = originals.articles.filter((a) => a.data.draft).length;
      expect(imported.stderr).toContain(
        `import: ${originals.articles.length - drafts} imported, 0 already in the archive, ${drafts} draft${drafts === 1 ? '' : 's'}, 0 failed`,
      );

      // Where each item went, by its position in the export.
      const lines = (await readFile(report, 'utf8'))
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { position: string; path: string });
      const pathOf = new Map(lines.map((l) => [Number(/^item (\d+)/.exec(l.position)![1]) - 1, l.path]));
      const copies = await readContentFolder(target, { bodies: true });
      expect(copies.problems).toEqual([]);
      expect(validateArticles(copies.articles, copies.sourceIds, copies.topicIds)).toEqual([]);
      const copyById = new Map(copies.articles.map((a) => [a.id, a]));

      const exceptions: string[] = [];
      for (const [index, id] of ids.entries()) {
        const original = originals.articles.find((a) => a.id === id)!;
        const copyId = relative(join(target, 'articles'), resolve(pathOf.get(index)!)).replace(/\.md$/, '');
        const copy = copyById.get(copyId);
        expect(copy, `${id} was not imported`).toBeDefined();
        // Every front-matter field, defaults included, with no exception.
        expect(copy!.data, `front matter of ${id}`).toEqual(original.data);

        const { markdown, exception } = expectedBody(id, originals.bodies.get(id)!);
        expect(documentOf(copies.bodies.get(copyId)!), `body of ${id}`).toEqual(documentOf(markdown));
        if (exception) exceptions.push(`${id}: ${exception}`);
      }
      // The exceptions are exactly where they are expected, so neither can hide another loss.
      expect(exceptions).toEqual(
        archive === ARCHIVES['the fixture archive']
          ? ['2016/first-talks-open: site links', '2018/hostile-copy: sanitised']
          : ['2021/blinken-presses-china-on-north-korea: site links'],
      );
    });
  },
);

describe('npm run export: what it refuses and where it writes', { timeout: 2 * SCRIPT_TIMEOUT_MS }, () => {
  it('refuses an archive with problems, lists each as check:content does, and writes nothing', async () => {
    const dir = await copyFixture('archive');
    await writeArticle(dir, '2018/no-source.md', {
      title: 'A story with no source',
      date: '2018-07-03',
      section: 'Security',
    });
    await writeArticle(dir, '2018/unknown-topic.md', {
      title: 'A story on a topic not in the archive',
      date: '2018-07-04',
      source: 'paper',
      section: 'Security',
      topics: ['no-such-topic'],
    });
    const out = join(dir, 'export.json');
    const result = await runExport(['--out', out, dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${join(dir, 'articles/2018/no-source.md')}: source: is required`);
    expect(result.stderr).toContain(
      `${join(dir, 'articles/2018/unknown-topic.md')}: topics[0]: unknown topic "no-such-topic"`,
    );
    expect(result.stderr).toContain(`export: 2 problems in ${dir}/, so nothing was exported`);
    await expect(stat(out)).rejects.toThrow(/ENOENT/);
  });

  it('names the formats it can write when asked for another, and exits 2', async () => {
    const result = await runExport(['--format', 'rss', join(fixturesDir, 'archive')]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      '--format "rss" is not a format this can write; use --format ninjs or --format jsonfeed',
    );
  });

  it('writes to standard output without --out, one JSON document', async () => {
    const result = await runExport([join(fixturesDir, 'archive')]);
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as unknown[]).length).toBe(5);
    expect(result.stderr).toContain('export: 5 articles from');
  });
});
