/**
 * The Hugo site the bench measures Dateline against (issue 33): its configuration and the files it
 * takes from the generated archive, as pure functions. The layouts are in scripts/bench/hugo/; the
 * articles are not copied but mounted into Hugo's content folder, so an edit to the archive is
 * what Hugo builds next.
 */
import { join } from 'node:path';
import type { ArticleData } from '../../src/model/article.ts';
import { FEED_SIZE, SITE } from '../../src/config/site.ts';

/**
 * Hugo's taxonomies, singular to plural; the plural is the front-matter field each is read from.
 * Every term gets its page of stories, paginated, and its RSS feed, as Dateline's name pages do.
 */
export const HUGO_TAXONOMIES = {
  section: 'section',
  tag: 'tags',
  person: 'people',
  place: 'places',
  organization: 'organizations',
  topic: 'topics',
} as const satisfies Record<string, keyof ArticleData>;

/** One of Hugo's module mounts: a folder given to Hugo as one of its component folders. */
export interface HugoMount {
  source: string;
  target: string;
}

/** The parts of Hugo 0.111's configuration the bench sets, written as the site's `config.json`. */
export interface HugoConfig {
  baseURL: string;
  title: string;
  languageCode: string;
  /** Stories on each page of a list (Hugo 0.111's name for the pager size). */
  paginate: number;
  /** Items in each RSS feed. */
  rssLimit: number;
  taxonomies: Record<string, string>;
  related: {
    threshold: number;
    includeNewer: boolean;
    toLower: boolean;
    indices: { name: string; weight: number }[];
  };
  params: { homeLatestCount: number; relatedCount: number };
  module: { mounts: HugoMount[] };
}

/**
 * The site's configuration for the archive in `corpusDir`, with Dateline's page and feed sizes. Its
 * own files (layouts, static, the topics' term pages written by `hugoSiteFiles`) are in the site's
 * folder; the stories are mounted from the archive.
 */
export function hugoConfig(corpusDir: string): HugoConfig {
  return {
    baseURL: 'https://archive.example.org/',
    title: 'Dateline benchmark (Hugo)',
    languageCode: 'en',
    paginate: SITE.listPageSize,
    rssLimit: FEED_SIZE,
    taxonomies: { ...HUGO_TAXONOMIES },
    // Related coverage under each story, as Dateline shows: by shared people, topics and tags, then closeness in time.
    related: {
      threshold: 80,
      includeNewer: true,
      toLower: false,
      indices: [
        { name: 'people', weight: 100 },
        { name: 'topics', weight: 90 },
        { name: 'tags', weight: 80 },
        { name: 'date', weight: 10 },
      ],
    },
    params: { homeLatestCount: SITE.homeLatestCount, relatedCount: SITE.relatedCount },
    // A mount replaces Hugo's default for its folder, so the site's own content, layouts and static are listed too.
    module: {
      mounts: [
        { source: 'content', target: 'content' },
        { source: join(corpusDir, 'articles'), target: 'content/articles' },
        { source: 'layouts', target: 'layouts' },
        { source: 'static', target: 'static' },
      ],
    },
  };
}

/** A file of the archive, or of the Hugo site: a path under its root and its text. */
export interface SiteFile {
  path: string;
  text: string;
}

/**
 * The files the Hugo site needs from the archive besides its stories: each topic as its term's
 * page (`content/topics/<id>/_index.md`, whose title and description the topic's list shows) and
 * each source as data (`data/sources/<id>.yaml`, for the name under a story). Other files are not Hugo's.
 */
export function hugoSiteFiles(corpusFiles: readonly SiteFile[]): SiteFile[] {
  return corpusFiles.flatMap((file): SiteFile[] => {
    const topic = /^topics\/([^/]+)\.md$/.exec(file.path);
    if (topic) return [{ path: `content/${HUGO_TAXONOMIES.topic}/${topic[1]}/_index.md`, text: file.text }];
    const source = /^sources\/([^/]+)\.ya?ml$/.exec(file.path);
    if (source) return [{ path: `data/sources/${source[1]}.yaml`, text: file.text }];
    return [];
  });
}
