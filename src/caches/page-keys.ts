import { createHash } from 'node:crypto';
import type { ArticleRecord, SourceRecord, TopicRecord } from '../model/records.ts';

/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied, not rendered again.
 *
 * The rule every page keeps: what it shows comes from its props, plus the sources, topics,
 * aliases and section names, which every page may show. Its key digests exactly that: the props, with each article standing
 * in as its fingerprint (its id and its file's digest, or its front matter when there is no
 * digest), and the sources and topics once for the whole build. Editing one article changes the
 * keys of the pages that show it and of no other.
 */
export type PageKey = (props: unknown) => string;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The same article, the same fingerprint: id and file digest, else id and front matter. */
function articleFingerprint(article: ArticleRecord): string {
  return digest(JSON.stringify([article.id, article.digest ?? article.data]));
}

export function createPageKey(input: {
  articles: readonly ArticleRecord[];
  sources: Iterable<SourceRecord>;
  topics: Iterable<TopicRecord>;
  /** The alias file, which decides the name and address every page shows for a person, place, organization or tag. */
  aliases?: unknown;
  /** The sections file, which names every section in other languages. */
  sectionNames?: unknown;
}): PageKey {
  const fingerprints = new WeakMap<object, string>();
  for (const article of input.articles) fingerprints.set(article, articleFingerprint(article));
  // Without a sections file the key is what it was before there was one, so an old build cache still fits.
  const sections = input.sectionNames && Object.keys(input.sectionNames).length ? [input.sectionNames] : [];
  const shared = digest(JSON.stringify([[...input.sources], [...input.topics], input.aliases ?? null, ...sections]));
  const replacer = (_key: string, value: unknown) =>
    (typeof value === 'object' && value !== null && fingerprints.get(value)) || value;
  return (props) => digest(`${shared}\n${JSON.stringify(props, replacer) ?? ''}`);
}
