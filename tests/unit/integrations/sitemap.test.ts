import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getSitemapConfig, readArticleLastModified } from '../../../src/integrations/sitemap.ts';
import { createUrls } from '../../../src/views/urls.ts';
import { writeArticle } from '../../helpers/content.ts';

describe('readArticleLastModified', () => {
  it('maps each published article URL to its updated date, else its date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-lastmod-'));
    const base = { source: 'wire', section: 'S' };
    await writeArticle(dir, '2016/first.md', { ...base, title: 'First', date: '2016-01-20T19:27:00+09:00' });
    await writeArticle(dir, '2016/second.md', {
      ...base,
      title: 'Second',
      date: '2016-02-01',
      updated: '2016-02-03T08:00:00Z',
    });
    await writeArticle(dir, '2016/draft.md', { ...base, title: 'Draft', date: '2016-02-01', draft: true });
    await writeArticle(dir, '2016/broken.md', { title: 'No source' });
    const map = await readArticleLastModified(dir, createUrls('/base/'), 'https://news.example');
    expect(Object.fromEntries([...map].map(([url, date]) => [url, date.toISOString()]))).toEqual({
      'https://news.example/base/articles/2016/01/20/first/': '2016-01-20T10:27:00.000Z',
      'https://news.example/base/articles/2016/02/01/second/': '2016-02-03T08:00:00.000Z',
    });
  });
});

describe('getSitemapConfig', () => {
  it("leaves out the 404 and search pages and a story's versions, and gives article pages their lastmod", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-sitemap-'));
    await writeArticle(dir, '2016/first.md', {
      source: 'wire',
      section: 'S',
      title: 'First',
      date: '2016-01-20',
      updated: '2016-01-22',
    });
    const config = getSitemapConfig(dir, createUrls('/'), 'https://news.example');
    const pages = [
      'https://news.example/',
      'https://news.example/404/',
      'https://news.example/search/',
      'https://news.example/articles/2016/01/20/first/',
      'https://news.example/articles/2016/01/20/first/versions/',
      'https://news.example/articles/2016/01/20/first/versions/1/',
    ];
    expect(pages.filter(config.filter!)).toEqual([
      'https://news.example/',
      'https://news.example/articles/2016/01/20/first/',
    ]);
    expect(await config.serialize!({ url: 'https://news.example/articles/2016/01/20/first/' })).toEqual({
      url: 'https://news.example/articles/2016/01/20/first/',
      lastmod: '2016-01-22T00:00:00.000Z',
    });
    expect(await config.serialize!({ url: 'https://news.example/' })).toEqual({ url: 'https://news.example/' });
  });

  it("leaves out the alias file's other spellings, whose pages only send the reader on", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dateline-sitemap-'));
    await writeFile(join(dir, 'aliases.yaml'), 'people:\n  Antony Blinken: [Tony Blinken, antony blinken]\n');
    const config = getSitemapConfig(dir, createUrls('/'), 'https://news.example');
    expect(await config.serialize!({ url: 'https://news.example/people/tony-blinken/' })).toBeUndefined();
    expect(await config.serialize!({ url: 'https://news.example/people/antony-blinken/' })).toEqual({
      url: 'https://news.example/people/antony-blinken/',
    });
  });
});
