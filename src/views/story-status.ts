/**
 * What a listing says of a story beside its headline. Readers are told that a story was updated or
 * corrected, in their words; the wire desk's own labels (LEAD, 2nd LD, URGENT, 종합) are for editors
 * and stay on the story's metadata line and its versions page. A label that names a kind of story
 * (ANALYSIS) is still shown.
 */
import type { ArticleData } from '../model/article.ts';
import { strings } from '../i18n/strings/index.ts';

/** A correction, as a label or a correction entry says it. */
const CORRECTION_LABEL = /correct|정정/i;
/** Wire-desk labels: the priority of a dispatch and the number of its rewrite, in English and Korean. */
const WIRE_LABEL =
  /^(?:lead|update[sd]?|urgent|flash|bulletin|advisory|(?:\d+(?:st|nd|rd|th)?\s*(?:ld|lead|update))|종합\d*보?|속보|\d+보)$/i;

export interface StoryStatus {
  /** "Corrected" or "Updated" in the listing's language, when either is true. */
  change?: 'corrected' | 'updated' | undefined;
  /** The story's label when it names a kind of story rather than a wire desk's step. */
  kind?: string | undefined;
}

/** Whether a story was corrected or updated, and the label a listing may show. */
export function storyStatus(data: Pick<ArticleData, 'label' | 'updated' | 'corrections'>): StoryStatus {
  const label = data.label?.trim();
  const corrected = data.corrections.length > 0 || CORRECTION_LABEL.test(label ?? '');
  const wire = label !== undefined && WIRE_LABEL.test(label);
  const updated = Boolean(data.updated) || (wire && !/^(?:urgent|flash|bulletin|속보)$/i.test(label));
  return {
    change: corrected ? 'corrected' : updated ? 'updated' : undefined,
    kind: label && !wire && !CORRECTION_LABEL.test(label) ? label : undefined,
  };
}

/** A kind of story as a reader word: the wire's capitals in sentence case ("ANALYSIS" → "Analysis"), any other as written. */
function kindName(kind: string, lang: string): string {
  if (!/\p{Lu}/u.test(kind) || /\p{Ll}/u.test(kind)) return kind;
  const lower = kind.toLocaleLowerCase(lang);
  return lower.charAt(0).toLocaleUpperCase(lang) + lower.slice(1);
}

/**
 * What the search page's label filter offers for a story, in the story's language: "Updated" or
 * "Corrected" as its card says, and the kind of story ("Analysis"); never the wire's LEAD or 2nd LD.
 */
export function statusLabels(status: StoryStatus, lang: string): string[] {
  const lists = strings(lang).lists;
  return [status.change && lists[status.change], status.kind && kindName(status.kind, lang)].filter(
    (label): label is string => Boolean(label),
  );
}
