import type { ArticleRecord } from '../model/records.ts';
import { slugify } from '../model/slugs.ts';
import { interfaceLanguage } from '../i18n/strings/index.ts';

/**
 * Related coverage, ranked by shared topics, then shared people, places, organizations and
 * tags, then nearness in time: first the stories of the article's own interface language (a
 * Korean story's are Korean), then, when those are fewer than asked for, the other languages'.
 * Its own translations are never among them: the page links them already. Candidates come from an
 * inverted index, and from each key only the articles nearest in time, so the cost per article
 * stays bounded however large the archive or however common a topic.
 */
export interface RelatedIndex {
  related(article: ArticleRecord, limit: number): ArticleRecord[];
}

/** How many neighbours in time each shared key contributes as candidates, on each side. */
const WINDOW = 40;

function keysOf(article: ArticleRecord): { topics: string[]; entities: string[] } {
  const { data } = article;
  const entities = new Set<string>();
  for (const name of data.people) entities.add(`person:${slugify(name)}`);
  for (const name of data.places) entities.add(`place:${slugify(name)}`);
  for (const name of data.organizations) entities.add(`org:${slugify(name)}`);
  for (const name of data.tags) entities.add(`tag:${slugify(name)}`);
  return { topics: [...new Set(data.topics)].map((t) => `topic:${t}`), entities: [...entities] };
}

interface Scored {
  other: ArticleRecord;
  topics: number;
  entities: number;
  distance: number;
}

/** Most shared topics first, then most shared entities, then nearest in time, then by id. */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.topics - a.topics || b.entities - a.entities || a.distance - b.distance || a.other.id.localeCompare(b.other.id)
  );
}

/** Builds the index once for the whole archive: one for each interface language's stories. */
export function buildRelatedIndex(articles: readonly ArticleRecord[]): RelatedIndex {
  const byLanguage = new Map<string, ArticleRecord[]>();
  for (const article of articles) {
    const language = interfaceLanguage(article.data.language);
    const list = byLanguage.get(language);
    if (list) list.push(article);
    else byLanguage.set(language, [article]);
  }
  const scorers = [...byLanguage].map(([language, list]) => ({ language, score: buildScorer(list) }));
  return {
    related(article, limit) {
      const language = interfaceLanguage(article.data.language);
      const own = scorers.find((s) => s.language === language)?.score(article, limit) ?? [];
      const missing = limit - own.length;
      if (missing <= 0) return own.map(({ other }) => other);
      const others = scorers
        .filter((s) => s.language !== language)
        .flatMap((s) => s.score(article, missing))
        .sort(compareScored)
        .slice(0, missing);
      return [...own, ...others].map(({ other }) => other);
    },
  };
}

/** The best `limit` candidates among `articles` for any article, best first. */
function buildScorer(articles: readonly ArticleRecord[]): (article: ArticleRecord, limit: number) => Scored[] {
  // Keys and articles are numbered, so a lookup scores candidates with array reads instead
  // of string hashing: it runs once per article page, over a few hundred candidates each.
  const byTime = [...articles].sort((a, b) => a.published.epoch - b.published.epoch);
  const position = new Map(byTime.map((article, i) => [article, i]));
  const keyIds = new Map<string, number>();
  const postings: number[][] = [];
  const idsOf = (list: readonly string[], add: boolean) => {
    const ids: number[] = [];
    for (const key of list) {
      let id = keyIds.get(key);
      if (id === undefined && add) {
        id = postings.length;
        keyIds.set(key, id);
        postings.push([]);
      }
      if (id !== undefined) ids.push(id);
    }
    return ids;
  };
  const keys = byTime.map((article, i) => {
    const { topics, entities } = keysOf(article);
    const ids = { topics: idsOf(topics, true), entities: idsOf(entities, true) };
    for (const id of [...ids.topics, ...ids.entities]) postings[id]!.push(i);
    return ids;
  });
  const epochs = Float64Array.from(byTime, (a) => a.published.epoch);
  // Per lookup: which keys are the article's own (1 topic, 2 entity), and which candidates were seen.
  const ownMark = new Uint8Array(postings.length);
  const seenIn = new Int32Array(byTime.length);
  let lookup = 0;

  /** First position in `list` (sorted by time) whose epoch is >= `epoch`. */
  const lowerBound = (list: readonly number[], epoch: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (epochs[list[mid]!]! < epoch) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  return (article, limit) => {
    const at = position.get(article);
    let own = at === undefined ? undefined : keys[at];
    if (!own) {
      const strings = keysOf(article);
      own = { topics: idsOf(strings.topics, false), entities: idsOf(strings.entities, false) };
    }
    for (const id of own.topics) ownMark[id] = 1;
    for (const id of own.entities) ownMark[id] = 2;
    lookup++;
    const epoch = article.published.epoch;
    const { translationKey } = article.data;
    // The best `limit` candidates so far, best first: keeping only those instead of sorting
    // every candidate makes this O(candidates × limit).
    const best: Scored[] = [];
    // Candidates: the articles nearest in time under each shared key.
    for (const key of [...own.topics, ...own.entities]) {
      const list = postings[key]!;
      const middle = lowerBound(list, epoch);
      for (let i = Math.max(0, middle - WINDOW); i < Math.min(list.length, middle + WINDOW + 1); i++) {
        const candidate = list[i]!;
        const other = byTime[candidate]!;
        if (candidate === at || other.id === article.id || seenIn[candidate] === lookup) continue;
        if (translationKey !== undefined && other.data.translationKey === translationKey) continue;
        seenIn[candidate] = lookup;
        // Scores are exact: everything a candidate shares counts, not only the keys it was found under.
        const theirs = keys[candidate]!;
        let topics = 0;
        for (const id of theirs.topics) if (ownMark[id] === 1) topics++;
        let entities = 0;
        for (const id of theirs.entities) if (ownMark[id] === 2) entities++;
        const scored = { other, topics, entities, distance: Math.abs(epochs[candidate]! - epoch) };
        let place = best.length;
        while (place > 0 && compareScored(scored, best[place - 1]!) < 0) place--;
        if (place < limit) {
          best.splice(place, 0, scored);
          if (best.length > limit) best.pop();
        }
      }
    }
    for (const id of [...own.topics, ...own.entities]) ownMark[id] = 0;
    return best;
  };
}
