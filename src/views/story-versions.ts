/**
 * A story's versions as its pages show them: the current article and each earlier version,
 * newest first, with when each was filed, its label and note, whether it corrected the story,
 * and what changed from the version before it.
 */
import type { ArticleRecord, VersionRecord } from '../model/records.ts';
import type { ArticleData } from '../model/article.ts';
import { strings } from '../i18n/strings/index.ts';
import type { Urls } from './urls.ts';
import {
  diffVersions,
  renderDiff,
  renderHeadlineChange,
  summariseDiff,
  type DiffSummary,
} from '../archive/version-diff.ts';

/** One version of a story, as the versions page lists it. */
export interface StoryVersion {
  /** 1 for the first filed; the current version has the highest number. */
  number: number;
  current: boolean;
  /** When it was filed, as written: its `updated`, else its `date`. */
  filed: string;
  title: string;
  label?: string | undefined;
  editorNote?: string | undefined;
  /** True when the version corrected the story: a CORRECTION label, or a new `corrections` entry. */
  correction: boolean;
  /** What it corrected: its new corrections entries, else its editor's note; only for a correction. */
  correctionText?: string | undefined;
  /** Its page: the article for the current version, else `…/versions/<n>/`. */
  url: string;
  /** The content collection entry whose rendered HTML is this version's text. */
  entry: { collection: 'articles' | 'versions'; id: string };
}

/** A version with what changed from the version before it (absent for the first). */
export interface StoryVersionWithChanges extends StoryVersion {
  changes?: { from: number; html: string; summary: DiffSummary; description: string } | undefined;
}

const CORRECTION_LABEL = /correct/i;

/** Every version of a story, newest first; earlier versions are ordered by their number. */
export function storyVersions(article: ArticleRecord, versions: readonly VersionRecord[], urls: Urls): StoryVersion[] {
  const earlier = [...versions].sort((a, b) => a.number - b.number);
  const filed: { number: number; data: ArticleData; url: string; entry: StoryVersion['entry']; current: boolean }[] = [
    ...earlier.map((v) => ({
      number: v.number,
      data: v.data,
      url: urls.articleVersion(article, v.number),
      entry: { collection: 'versions' as const, id: v.id },
      current: false,
    })),
    {
      number: (earlier.at(-1)?.number ?? 0) + 1,
      data: article.data,
      url: urls.article(article),
      entry: { collection: 'articles' as const, id: article.id },
      current: true,
    },
  ];
  return filed
    .map(({ number, data, url, entry, current }, i): StoryVersion => {
      const before = i > 0 ? filed[i - 1]!.data.corrections.length : data.corrections.length;
      const added = data.corrections.slice(before);
      const correction = CORRECTION_LABEL.test(data.label ?? '') || added.length > 0;
      return {
        number,
        current,
        filed: data.updated ?? data.date,
        title: data.title,
        label: data.label,
        editorNote: data.editorNote,
        correction,
        correctionText: correction ? added.map((c) => c.text).join(' ') || data.editorNote || undefined : undefined,
        url,
        entry,
      };
    })
    .reverse();
}

/** "Updated … · 3 versions" on the article page, in the story's language: how many versions and where they are; none when it has none. */
export function versionsLink(
  article: ArticleRecord,
  versions: readonly VersionRecord[],
  urls: Urls,
): { text: string; href: string } | undefined {
  if (!versions.length) return undefined;
  return {
    text: strings(article.data.language).versions.count(versions.length + 1),
    href: urls.articleVersions(article),
  };
}

/**
 * Each version (newest first) with the word-level changes from the one filed before it, headline
 * first, labelled in `lang` (the story's language).
 */
export function withChanges(
  versions: readonly StoryVersion[],
  htmlOf: (version: StoryVersion) => string,
  lang?: string,
): StoryVersionWithChanges[] {
  const t = strings(lang).versions;
  return versions.map((version, i) => {
    const older = versions[i + 1];
    if (!older) return version;
    const blocks = diffVersions(htmlOf(older), htmlOf(version));
    const summary = summariseDiff(blocks);
    const html = [renderHeadlineChange(older.title, version.title, t.diff), renderDiff(blocks, t.diff)]
      .filter(Boolean)
      .join('\n');
    return { ...version, changes: { from: older.number, html, summary, description: t.changes(summary) } };
  });
}
