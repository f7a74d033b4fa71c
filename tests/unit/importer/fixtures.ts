/**
 * Shared by the importer tests: the fixture pages with their expected front matter, the
 * sources they are checked against, a Markdown reader for bodies, and a way to run the CLI.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { convertPage } from '../../../src/importer/article/convert.ts';
import { decodeInput } from '../../../src/importer/input/decode.ts';
import type { ConvertOptions } from '../../../src/importer/article/convert.ts';
import type { KnownSource, PageKind } from '../../../src/importer/types.ts';
import { copyFixture } from '../../helpers/content.ts';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const importerFixtures = join(projectRoot, 'tests/fixtures/importer');

/** The sources of the fixture archive plus the two wire services. */
export const SOURCES: KnownSource[] = [
  { id: 'ap', name: 'The Associated Press', shortName: 'AP', url: 'https://apnews.com' },
  { id: 'paper', name: 'The Test Paper', url: 'https://paper.example' },
  { id: 'wire', name: 'Test Wire Service', url: 'https://wire.example' },
  { id: 'yonhap', name: 'Yonhap News Agency', shortName: 'Yonhap', url: 'https://en.yna.co.kr' },
];

export interface FixtureCase {
  name: string;
  file: string;
  bytes: Buffer;
  options: ConvertOptions;
  expected: { path: string; frontMatter: Record<string, unknown> };
}

/** Every fixture of one kind, with the expected result stored next to it. */
export function fixtureCases(kind: PageKind): FixtureCase[] {
  const dir = join(importerFixtures, kind);
  return readdirSync(dir)
    .filter((f) => /\.(txt|html)$/.test(f))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const expected = JSON.parse(readFileSync(file.replace(/\.(txt|html)$/, '.expected.json'), 'utf8'));
      return { name, file, bytes: readFileSync(file), options: expected.options ?? {}, expected };
    });
}

const textOf = (node: RootContent | Root): string =>
  'value' in node && typeof node.value === 'string'
    ? node.value
    : 'children' in node
      ? node.children.map(textOf).join('')
      : '';

/** The text of each top-level paragraph of a Markdown body, as a reader of the rendered page sees it. */
export function markdownParagraphs(markdown: string): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  return tree.children.filter((n) => n.type === 'paragraph').map(textOf);
}

/** The kinds of top-level blocks of a Markdown body: `paragraph`, `thematicBreak`, ... */
export function markdownBlockTypes(markdown: string): string[] {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .parse(markdown)
    .children.map((n) => n.type);
}

/** A copy of the fixture archive with `yonhap` and `ap` sources added. */
export async function archiveWithWireSources(): Promise<string> {
  const dir = await copyFixture('archive');
  await writeFile(
    join(dir, 'sources/yonhap.yaml'),
    'name: Yonhap News Agency\nurl: https://en.yna.co.kr\ncountry: KR\n',
  );
  await writeFile(join(dir, 'sources/ap.yaml'), 'name: The Associated Press\nurl: https://apnews.com\ncountry: US\n');
  return dir;
}

/** A path for `--report` in a folder of its own: the importer refuses one inside the content folder. */
export async function reportPath(name = 'report.jsonl'): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'dateline-report-')), name);
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

const bin = join(projectRoot, 'node_modules/.bin');

/** How long a script may run before it is stopped and the test fails, rather than leaving it running for ever. */
export const SCRIPT_TIMEOUT_MS = 60_000;

/** The environment our scripts run in under test. */
function scriptEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' };
  // A CONTENT_DIR from the shell must not point a test at the real archive.
  delete env.CONTENT_DIR;
  return Object.assign(env, extra);
}

/** Runs a script of ours under the pinned Node, as `npm run` would. */
export function runNode(
  script: string,
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return new Promise((done) => {
    const env = scriptEnv(options.env);
    const child = execFile(
      join(bin, 'node'),
      [join(projectRoot, script), ...args],
      { cwd: options.cwd ?? projectRoot, env, timeout: SCRIPT_TIMEOUT_MS },
      (error, stdout, stderr) => {
        if (error?.killed) stderr += `\n(stopped after ${SCRIPT_TIMEOUT_MS} ms: the script did not finish)`;
        done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** A running script: the process, and how it ended (`signal` set when a signal killed it). */
export interface RunningScript {
  child: ChildProcess;
  /** Resolves with the first stderr line matching `pattern`. */
  stderrLine(pattern: RegExp): Promise<string>;
  ended: Promise<CliResult & { signal: NodeJS.Signals | null }>;
}

/** Starts a script of ours under the pinned Node with extra Node flags (`--import` a preload), for tests that signal it. */
export function startNode(script: string, args: string[], nodeArgs: string[] = []): RunningScript {
  const child = spawn(join(bin, 'node'), [...nodeArgs, join(projectRoot, script), ...args], {
    cwd: projectRoot,
    env: scriptEnv(),
    timeout: SCRIPT_TIMEOUT_MS,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  child.stdin.end();
  const ended = new Promise<CliResult & { signal: NodeJS.Signals | null }>((done) => {
    child.on('close', (code, signal) => done({ code: code ?? -1, signal, stdout, stderr }));
  });
  const stderrLine = (pattern: RegExp) =>
    new Promise<string>((found, failed) => {
      const look = () => {
        const line = stderr.split('\n').find((l) => pattern.test(l));
        if (line === undefined) return false;
        child.stderr.off('data', look);
        found(line);
        return true;
      };
      if (look()) return;
      child.stderr.on('data', look);
      void ended.then((r) =>
        failed(new Error(`the script ended (${r.signal ?? r.code}) before printing ${pattern}:\n${r.stderr}`)),
      );
    });
  return { child, stderrLine, ended };
}

/** Runs the import CLI. */
export const runImport = (args: string[], options?: Parameters<typeof runNode>[2]) =>
  runNode('src/importer/cli.ts', args, options);

/**
 * The checks every fixture of a page kind gets: the expected front matter and path, and every
 * paragraph of the story (as `storyParagraphs` reads it from the page's own layout) kept in order,
 * word for word, with nothing matching `chrome` left in the body.
 */
export function describeFixtures(
  kind: PageKind,
  title: string,
  storyParagraphs: (bytes: Buffer) => string[],
  chrome?: RegExp,
) {
  const convert = (fixture: FixtureCase) =>
    convertPage(decodeInput(fixture.bytes), fixture.name, fixture.options, SOURCES);
  describe.each(fixtureCases(kind))(`${title} $name`, (fixture) => {
    it('gives the expected front matter and file path', () => {
      const article = convert(fixture);
      expect(article.kind).toBe(kind);
      expect(article.data).toEqual(fixture.expected.frontMatter);
      expect(article.path).toBe(fixture.expected.path);
    });

    it('keeps every paragraph of the story, in order, word for word, and none of the page chrome', () => {
      const { body } = convert(fixture);
      const story = storyParagraphs(fixture.bytes);
      expect(story.length).toBeGreaterThan(1);
      expect(markdownParagraphs(body)).toEqual(story);
      if (chrome) expect(body).not.toMatch(chrome);
    });
  });
}
