/**
 * When two articles without a shared identity may be one story: the keys and measures the story
 * index compares where at least one side has no `importId`. The same source and day with the same
 * headline once the wire's labels ((LEAD), 2nd LD, UPDATE 2-, CORRECTED-) are taken off, or a very
 * close one, and a text that says so: a labelled update sharing the lede, or most of the story.
 * A headline alone is not a story: a wire may file two under one headline on one day.
 */
import { createHash } from 'node:crypto';
import { distance } from 'fastest-levenshtein';
import { matchDateline } from '../formats/text/wire-lines.ts';

/** A normalised original URL (no fragment, no trailing slash), or `undefined` when it is not one. */
export function urlKey(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url.trim());
    u.hash = '';
    return u.href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}

/** A digest of the text with whitespace collapsed, so an index of thousands holds short keys; `undefined` for no text. */
export function textKey(body: string): string | undefined {
  const text = body.normalize('NFC').replace(/\s+/g, ' ').trim();
  return text ? createHash('sha256').update(text).digest('base64url') : undefined;
}

/** The labels wires put on a take of a story rather than on its subject. */
// Korean takes: 종합 (a roundup), 종합2보 and 2보 (the second take), 속보 (a flash), 1보.
const LABEL = String.raw`(?:\d+(?:st|nd|rd|th)\s+LD|LEAD|URGENT|UPDATE[DS]?(?:\s+\d+)?|CORRECT(?:ED|ION)|REFILED?|RECASTS?|WRAPUP(?:\s+\d+)?|ADVISORY|FLASH|BULLETIN|종합\d*보?|\d+보|속보)`;
const LABELS = String.raw`${LABEL}(?:\s*[,;/]\s*${LABEL})*`;
// In brackets a label reads the same in any case; bare, before a `-` or `:`, only as the wire writes it, so "Update: ..." in prose stays.
const BRACKETED_BEFORE = new RegExp(String.raw`^\s*[([]\s*${LABELS}\s*[)\]]\s*`, 'i');
const BRACKETED_AFTER = new RegExp(String.raw`\s*[([]\s*${LABELS}\s*[)\]]\s*$`, 'i');
const BARE_BEFORE = new RegExp(String.raw`^\s*${LABELS}\s*[-:–—]\s*`);
const BARE_AFTER = new RegExp(String.raw`\s*[-:–—]\s*${LABELS}\s*$`);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A headline without the wire's labels, nor the article's own `label` where the headline still carries it. */
export function withoutLabels(headline: string, label?: unknown): string {
  let title = headline;
  const own = typeof label === 'string' && label.trim() ? escape(label.trim()) : undefined;
  const patterns = [BRACKETED_BEFORE, BRACKETED_AFTER, BARE_BEFORE, BARE_AFTER];
  if (own)
    patterns.push(
      new RegExp(String.raw`^\s*[([]\s*${own}\s*[)\]]\s*`, 'i'),
      new RegExp(String.raw`\s*[([]\s*${own}\s*[)\]]\s*$`, 'i'),
    );
  for (let changed = true; changed;) {
    changed = false;
    for (const pattern of patterns) {
      const next = title.replace(pattern, '');
      // A headline that is nothing but a label keeps it.
      if (next !== title && next.trim()) {
        title = next;
        changed = true;
      }
    }
  }
  return title.trim();
}

/** The headline as the index compares it: labels off, lower case, letters and digits only ("N. Korea" and "N.Korea" alike). */
export function headlineKey(headline: unknown, label?: unknown): string | undefined {
  if (typeof headline !== 'string') return undefined;
  const key = withoutLabels(headline, label)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return key || undefined;
}

/** Headlines this close (edit distance over the longer length) may be one story reworded. */
export const CLOSE_HEADLINE = 0.15;

/** How far apart two headline keys are: 0 the same, 1 nothing alike. */
export function headlineDistance(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (!longer) return 0;
  // Cheap bound first: lengths alone may rule a pair out without the full distance.
  if (Math.abs(a.length - b.length) / longer > CLOSE_HEADLINE) return Math.abs(a.length - b.length) / longer;
  return distance(a, b) / longer;
}

/** The lede is compared up to this many words: a wire lede is one sentence of 25 to 40. */
const LEDE_WORDS = 60;
/** A first paragraph shorter than this (a kicker, a one-line caption) is read on into the next. */
const SHORTEST_LEDE = 12;

/**
 * The pairs of consecutive words of a story's lede: its first paragraph without the dateline
 * (which every story of the day shares), read on while shorter than a sentence.
 */
function ledePairs(body: string): Set<string> {
  const words: string[] = [];
  for (const paragraph of body.trim().split(/\n\s*\n/)) {
    const text = matchDateline(paragraph) ? paragraph.replace(/^[^\n]*?\s(?:--|—|–|-)\s/, '') : paragraph;
    words.push(...wordsOf(text));
    if (words.length >= SHORTEST_LEDE) break;
  }
  return wordPairs(words.slice(0, LEDE_WORDS));
}

const wordsOf = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];

function wordPairs(words: readonly string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}

/** The share of the smaller set's pairs found in the other, from 0 to 1 (0 when it has none). */
function sharedShare(pa: Set<string>, pb: Set<string>): number {
  const [small, large] = pa.size <= pb.size ? [pa, pb] : [pb, pa];
  if (!small.size) return 0;
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

/**
 * How much of the shorter lede's wording the other shares: the share of its pairs of consecutive
 * words found in the other, from 0 to 1. A take and its LEAD open with the same sentence, reworked
 * at most; another story on the subject opens with its own news, whatever background it repeats later.
 */
export function ledeOverlap(a: string, b: string): number {
  return sharedShare(ledePairs(a), ledePairs(b));
}

/** The least lede overlap for the same headline (labels aside): the ledes say some of the same thing. */
export const SAME_HEADLINE_OVERLAP = 0.3;
/** The least lede overlap for a close headline: most of the shorter lede. */
export const CLOSE_HEADLINE_OVERLAP = 0.5;
/** The least share of the shorter story's wording found in the other for two unlabelled texts to be one story. */
export const MOST_OF_THE_STORY = 0.6;

const UPDATE_LABEL = new RegExp(String.raw`^\s*[([]?\s*${LABELS}\s*[)\]]?\s*$`, 'i');

/** Whether an article says it is a take of a story: a wire label in its headline or its `label` ((LEAD), 2nd LD, UPDATE 2). */
export function isLabelledUpdate(headline: unknown, label?: unknown): boolean {
  if (typeof label === 'string' && UPDATE_LABEL.test(label)) return true;
  return typeof headline === 'string' && withoutLabels(headline) !== headline.trim();
}

/** How much of the shorter story's wording (pairs of consecutive words, all of it) the other shares, from 0 to 1. */
export function storyOverlap(a: string, b: string): number {
  return sharedShare(wordPairs(wordsOf(a)), wordPairs(wordsOf(b)));
}

/** An article as the headline match compares it: its headline key, its text, and whether it is labelled as an update. */
export interface HeadlineMatchSide {
  headline: string;
  body: string;
  labelled: boolean;
}

/**
 * Why an article with this headline and text is another version of the stored one, or
 * `undefined`; both are of one source and day, and at least one has no identity. The text must
 * say it is the same story: a labelled update whose lede shares the stored one's wording, or most
 * of the shorter story in common. A shared intro or background paragraph is neither.
 */
export function versionByHeadline(input: HeadlineMatchSide, stored: HeadlineMatchSide): string | undefined {
  const apart = headlineDistance(input.headline, stored.headline);
  if (apart > CLOSE_HEADLINE) return undefined;
  const headline =
    apart === 0 ? 'the same source, day and headline, labels aside' : 'the same source and day, a headline close to it';
  if (input.labelled || stored.labelled) {
    const overlap = ledeOverlap(input.body, stored.body);
    if (overlap >= (apart === 0 ? SAME_HEADLINE_OVERLAP : CLOSE_HEADLINE_OVERLAP)) {
      return `${headline}, labelled as an update, and ${Math.round(overlap * 100)}% of the first paragraph in common`;
    }
  }
  const share = storyOverlap(input.body, stored.body);
  return share >= MOST_OF_THE_STORY
    ? `${headline}, and ${Math.round(share * 100)}% of the shorter story in common`
    : undefined;
}
