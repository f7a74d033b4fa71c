import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRootFor, defaultOutDir } from '../../../src/importer/archive/content-root.ts';
import {
  readSources,
  sourceForAgency,
  sourceForName,
  sourceForUrl,
  unknownSourceMessage,
} from '../../../src/importer/sources.ts';
import { SOURCES } from './fixtures.ts';

describe('readSources', () => {
  it('lists the source files of a content root by id, with their names and addresses', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-sources-'));
    await mkdir(join(root, 'sources'));
    await writeFile(
      join(root, 'sources/yonhap.yaml'),
      'name: Yonhap News Agency\nshortName: Yonhap\nurl: https://en.yna.co.kr\n',
    );
    await writeFile(join(root, 'sources/ap.yml'), 'name: The Associated Press\nurl: https://apnews.com\n');
    await writeFile(join(root, 'sources/broken.yaml'), 'name: [unclosed\n');
    await writeFile(join(root, 'sources/notes.txt'), 'not a source');
    expect(await readSources(root)).toEqual([
      { id: 'ap', name: 'The Associated Press', url: 'https://apnews.com' },
      { id: 'broken' },
      { id: 'yonhap', name: 'Yonhap News Agency', shortName: 'Yonhap', url: 'https://en.yna.co.kr' },
    ]);
    expect(await readSources(join(root, 'missing'))).toEqual([]);
  });
});

describe('matching a page to a source', () => {
  it('by dateline agency, web address or site name', () => {
    expect(sourceForAgency('Yonhap', SOURCES)).toBe('yonhap');
    expect(sourceForAgency('AP', SOURCES)).toBe('ap');
    expect(sourceForAgency('Reuters', SOURCES)).toBeUndefined();
    expect(sourceForUrl('https://en.yna.co.kr/view/AEN1', SOURCES)).toBe('yonhap');
    expect(sourceForUrl('https://www.apnews.com/article/x', SOURCES)).toBe('ap');
    expect(sourceForUrl('https://example.org/x', SOURCES)).toBeUndefined();
    expect(sourceForName('the test paper', SOURCES)).toBe('paper');
  });

  it('explains an unknown source with the known ones and the file to add', () => {
    expect(unknownSourceMessage('reuters', SOURCES, 'content')).toBe(
      'unknown source "reuters"; use --source with one of "ap", "paper", "wire", "yonhap", or add content/sources/reuters.yaml',
    );
    expect(unknownSourceMessage('reuters', [], 'content')).toBe(
      'unknown source "reuters"; there are no sources in content/sources/, or add content/sources/reuters.yaml',
    );
  });
});

describe('content root', () => {
  it('is the folder above --out when it has sources/, else CONTENT_DIR or content', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dateline-root-'));
    await mkdir(join(root, 'sources'));
    expect(contentRootFor(join(root, 'articles'), {})).toBe(root);
    expect(contentRootFor(join(root, 'elsewhere/articles'), { CONTENT_DIR: '/srv/archive' })).toBe('/srv/archive');
    expect(contentRootFor(join(root, 'elsewhere/articles'), {})).toBe('content');
    expect(defaultOutDir({ CONTENT_DIR: '/srv/archive' })).toBe('/srv/archive/articles');
  });
});
