import { describe, expect, it } from 'vitest';
import { convertPage, DEFAULT_SECTION, finishArticle } from '../../../../src/importer/article/convert.ts';
import { parseImportMap } from '../../../../src/importer/article/map.ts';
import type { CollectionPage } from '../../../../src/importer/types.ts';
import { readFrontMatter } from '../../../../src/model/front-matter.ts';
import { articleSchema } from '../../../../src/model/article.ts';
import { markdownParagraphs, SOURCES } from '../fixtures.ts';

const yonhap = [
  'Go to Contents Go to Navigation',
  '(LEAD) Envoys meet in Seoul',
  'All News 19:27 January 20, 2016',
  'SEOUL, Jan. 20 (Yonhap) -- Envoys met on Wednesday.',
  'They agreed to meet again.',
  '(END)',
].join('\n');

describe('convertPage', () => {
  it('refuses JSON or XML in no format it reads, naming the formats, instead of importing it as plain text', () => {
    for (const text of [
      '{"stories": [{"title": "Talks resume"}]}',
      '<?xml version="1.0"?>\n<stories><story>Talks resume</story></stories>',
    ]) {
      expect(() => convertPage(text, 'export.dat', { source: 'wire', date: '2016-01-20' }, SOURCES)).toThrow(
        /^this is (JSON|XML) but none of the formats the importer reads \(a WordPress export, RSS 2\.0, Atom 1\.0, JSON Feed 1\.1, IPTC ninjs or NewsML-G2\)/,
      );
    }
  });

  it('writes a file whose front matter reads back as the same, valid article, with dates quoted', () => {
    const article = convertPage(yonhap, 'envoys.txt', {}, SOURCES);
    expect(article.path).toBe('2016/envoys-meet-in-seoul.md');
    expect(article.text).toContain('\ndate: "2016-01-20T19:27:00+09:00"\n');
    const { data, body } = readFrontMatter(article.text);
    expect(data).toEqual(article.data);
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(markdownParagraphs(body)).toEqual([
      'SEOUL, Jan. 20 (Yonhap) -- Envoys met on Wednesday.',
      'They agreed to meet again.',
    ]);
  });

  it('lets --source, --date and --section win over the page, and says when the page looked different', () => {
    const article = convertPage(
      yonhap,
      'envoys.txt',
      { source: 'wire', date: '2016-01-21', section: 'Diplomacy' },
      SOURCES,
    );
    expect(article.data).toMatchObject({ source: 'wire', date: '2016-01-21', section: 'Diplomacy' });
    expect(article.notes).toEqual(['the page looks like yonhap; using --source wire as asked']);
    expect(convertPage(yonhap, 'envoys.txt', { date: '2016-01-21 08:30' }, SOURCES).data.date).toBe(
      '2016-01-21T08:30:00',
    );
  });

  it('files an article without a section under the default, and says so', () => {
    const article = convertPage(yonhap, 'envoys.txt', {}, SOURCES);
    expect(article.data.section).toBe(DEFAULT_SECTION);
    expect(article.notes).toEqual([
      `no section given; filed under "${DEFAULT_SECTION}" (pass --section NAME to choose another)`,
    ]);
  });

  it('rejects a source recognised on the page that the archive does not have, listing the ones it has', () => {
    const sources = SOURCES.filter((s) => s.id !== 'yonhap');
    expect(() => convertPage(yonhap, 'envoys.txt', {}, sources, 'archive')).toThrow(
      'unknown source "yonhap" (recognised from this Yonhap page); use --source with one of "ap", "paper", "wire", or add archive/sources/yonhap.yaml',
    );
  });

  it('checks the article against the schema before anything is written', () => {
    expect(() => convertPage(yonhap, 'envoys.txt', { section: '   ' }, SOURCES)).toThrow(
      'the article would not be valid, so nothing was written: section: must not be empty',
    );
    expect(() => convertPage(yonhap, 'envoys.txt', { date: '2016-02-30' }, SOURCES)).toThrow(
      /date: "2016-02-30" is not a valid ISO 8601 date/,
    );
  });

  it('needs a headline that makes a file name', () => {
    expect(() => convertPage('!!!\n\nSome text.', 'x.txt', { source: 'wire', date: '2016-01-01' }, SOURCES)).toThrow(
      /cannot make a file name from the headline "!!!"/,
    );
  });
});

describe('finishArticle for an item of a feed or export', () => {
  const item: CollectionPage = {
    kind: 'json-feed',
    fields: {
      title: 'Envoys meet in Seoul',
      date: '2016-01-20T19:27:00+09:00',
      byline: ['jkim'],
      people: ['Kim Jong-un'],
    },
    body: 'Envoys met on Wednesday.',
    notes: [],
    categories: ['Korea', 'Nuclear talks', 'Seoul'],
  };
  const map = parseImportMap(
    'sections:\n  nuclear talks: Diplomacy\ntopics:\n  Nuclear talks: talks\nauthors:\n  jkim: Kim Ji-hoon\nnames:\n  Kim Jong-un: Kim Jong Un\n',
    'map.yaml',
    ['talks'],
    'content/topics',
  );

  it('goes through the same checks and file layout as a single page, with the map applied', () => {
    const article = finishArticle(item, { source: 'wire', map }, SOURCES);
    expect(article.kind).toBe('json-feed');
    expect(article.path).toBe('2016/envoys-meet-in-seoul.md');
    expect(article.data).toMatchObject({
      section: 'Diplomacy',
      topics: ['talks'],
      tags: ['Korea', 'Seoul'],
      byline: ['Kim Ji-hoon'],
      people: ['Kim Jong Un'],
    });
    expect(readFrontMatter(article.text).data).toEqual(article.data);
  });

  it('lets --date fill only a missing date of an item, and names the item kind when the source is missing', () => {
    expect(finishArticle(item, { source: 'wire', date: '2020-01-01' }, SOURCES).data.date).toBe(
      '2016-01-20T19:27:00+09:00',
    );
    const undated = { ...item, fields: { ...item.fields, date: undefined } };
    expect(finishArticle(undated, { source: 'wire', date: '2020-01-01' }, SOURCES).data.date).toBe('2020-01-01');
    expect(() => finishArticle(item, {}, SOURCES)).toThrow(
      'cannot find the source (pass --source with one of "ap", "paper", "wire", "yonhap") in this JSON Feed item',
    );
  });

  it('lets --section win over the categories, and keeps them all as tags', () => {
    expect(finishArticle(item, { source: 'wire', section: 'World' }, SOURCES).data).toMatchObject({
      section: 'World',
      tags: ['Korea', 'Nuclear talks', 'Seoul'],
    });
  });
});

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Words and marks that trip up text-to-Markdown conversion: Markdown syntax, HTML, entities,
// curly quotes and dashes, Korean, URLs and e-mail addresses.
const TOKENS = [
  'the',
  'talks',
  'envoy',
  'said',
  'on',
  'Thursday,',
  'U.S.',
  'N.',
  'Korea’s',
  '“complete',
  'denuclearization”',
  '"quoted"',
  "it's",
  '—',
  '–',
  '--',
  '판문점',
  '선언',
  '*',
  '**bold**',
  '_',
  'snake_case',
  '#',
  '##',
  '>',
  '+',
  '-',
  '1.',
  '2)',
  '1990.',
  '<b>',
  '</p>',
  '<br>',
  '[link](x)',
  '[1]',
  '`code`',
  '\\',
  '&amp;',
  '&',
  '|',
  'a|b',
  '~~gone~~',
  '!',
  '![img](x.png)',
  'http://x.example/a_b',
  'someone@x.example',
  '(Yonhap)',
  '(AP)',
  '(END)',
  '___',
  '***',
  'By',
  'ADVERTISEMENT',
  '50%',
  '$3',
  '...',
  '…',
  '½',
  '\u00a0',
  'é',
  '=',
  '==',
];

function paragraph(next: () => number): string {
  const length = 3 + Math.floor(next() * 12);
  // Plain words first and last, so no paragraph is itself page furniture: a label, a byline,
  // a dateline, an `(END)` sign-off or a separator.
  const words = ['and'];
  for (let i = 0; i < length; i++) words.push(TOKENS[Math.floor(next() * TOKENS.length)]!);
  if (next() < 0.3)
    words.unshift(
      TOKENS[Math.floor(next() * TOKENS.length)]!.replace(/^By$|^ADVERTISEMENT$|^\(END\)$|^[_*]{3}$|^\u00a0$/, 'x'),
    );
  words.push('now');
  return words.join(' ');
}

const LAYOUTS = {
  yonhap: (paragraphs: string[]) => [
    'Go to Contents Go to Navigation',
    '(LEAD) Talks resume',
    'All News 10:00 June 1, 2019',
    `SEOUL, June 1 (Yonhap) -- ${paragraphs[0]}`,
    ...paragraphs.slice(1),
    '(END)',
    'Send Feedback',
  ],
  ap: (paragraphs: string[]) => [
    'Talks resume',
    'Full Screen',
    '1 / 4',
    'Copyright 2019 The Associated Press. All rights reserved',
    'Envoys arrive, Saturday, June 1, 2019. (AP Photo/Sam Ortega)',
    `SEOUL, South Korea (AP) — ${paragraphs[0]}`,
    ...paragraphs.slice(1),
  ],
  plain: (paragraphs: string[]) => [
    'Talks resume',
    '',
    `SEOUL, June 1 (Wire) -- ${paragraphs[0]}`,
    ...paragraphs.slice(1).flatMap((p) => ['', p]),
  ],
};

describe.each(Object.entries(LAYOUTS))('every body paragraph survives a %s page', (kind, layout) => {
  it('in order and word for word, over 150 generated stories', () => {
    const next = random(kind.length * 7919);
    for (let run = 0; run < 150; run++) {
      const paragraphs = Array.from({ length: 1 + Math.floor(next() * 6) }, () => paragraph(next));
      const text = layout(paragraphs).join(next() < 0.5 ? '\n' : '\r\n');
      const article = convertPage(
        text,
        `story-${run}.txt`,
        { source: kind === 'plain' ? 'wire' : undefined, date: '2019-06-01' },
        SOURCES,
      );
      const expected = [layout(paragraphs).find((l) => / -- | — /.test(l))!, ...paragraphs.slice(1)];
      expect(markdownParagraphs(article.body), `run ${run}`).toEqual(expected);
    }
  });
});
