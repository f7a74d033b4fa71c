/**
 * Wire services' notes to editors (`UPDATES with ... in last 5 paras; ADDS photo`) written out
 * for readers (`Updated with ... and a photo.`). Paragraph numbers are dropped: they point into
 * the wire's copy, not the page. A note with nothing the rules know is kept as it is, and so is
 * one whose rewrite would not carry every name in it word for word.
 */

/** A note for readers, and the wire's own words it was written from. */
export interface EditorNote {
  note: string;
  original: string;
}

/** Where in the wire's copy a change was made: `in last 5 paras`, `in paras 3-4`, `throughout`. */
const WHERE = new RegExp(
  [
    String.raw`\s*\b(?:in|at|from|after|to|into)\s+(?:the\s+)?(?:(?:last|first|top|bottom|final|lower|upper|next)\s+)?(?:\d+(?:st|nd|rd|th)?(?:\s*(?:-|to|and|,)\s*\d+(?:st|nd|rd|th)?)*\s+)?(?:paras?|paragraphs?|grafs?|pars?)\b(?:\s+\d+(?:\s*(?:-|to|and|,)\s*\d+)*)?`,
    String.raw`\s*\b(?:paras?|paragraphs?|grafs?)\s+\d+(?:\s*(?:-|to|and|,)\s*\d+)*`,
    String.raw`\s*\b(?:(?:pvs|previous)\s+)?(?:\d+(?:st|nd|rd|th)|last|first|final)\s+(?:paras?|paragraphs?|grafs?)\b`,
    String.raw`\s*\bthroughout\b`,
    String.raw`\s*\b(?:at|to) (?:the )?(?:end|bottom|top)\b`,
  ].join('|'),
  'gi',
);

/** Verbs of wire notes, by what they did to the story. */
const VERBS: Record<
  string,
  'update' | 'add' | 'change' | 'rewrite' | 'correct' | 'remove' | 'resend' | 'edit' | 'shorten' | 'expand'
> = {
  UPDATES: 'update',
  TOPS: 'update',
  SUBS: 'update',
  ADDS: 'add',
  INSERTS: 'add',
  CHANGES: 'change',
  RECASTS: 'rewrite',
  REWRITES: 'rewrite',
  WRITETHRU: 'rewrite',
  CORRECTS: 'correct',
  FIXES: 'correct',
  DELETES: 'remove',
  REMOVES: 'remove',
  DROPS: 'remove',
  REFILES: 'resend',
  EDITS: 'edit',
  TRIMS: 'shorten',
  CUTS: 'shorten',
  EXPANDS: 'expand',
};

/** Wire nouns as a reader would say them, with the article they take. */
const NOUNS: Record<string, string> = {
  photo: 'a photo',
  pic: 'a photo',
  picture: 'a picture',
  photos: 'photos',
  pix: 'photos',
  pics: 'photos',
  graphic: 'a graphic',
  video: 'a video',
  map: 'a map',
  chart: 'a chart',
  table: 'a table',
  factbox: 'a factbox',
  link: 'a link',
  typo: 'a typo',
  headline: 'the headline',
  hed: 'the headline',
  lead: 'the opening paragraph',
  lede: 'the opening paragraph',
  intro: 'the opening paragraph',
  byline: 'the byline',
  dateline: 'the dateline',
  caption: 'the caption',
  spelling: 'the spelling',
};

/** Wire shorthand spelled out wherever it stands. */
const SHORTHAND: Record<string, string> = {
  info: 'information',
  reax: 'reaction',
  pix: 'photos',
  pics: 'photos',
  hed: 'headline',
  lede: 'lead',
  graf: 'paragraph',
  grafs: 'paragraphs',
};
const SHORTHAND_WORD = new RegExp(`\\b(?:${Object.keys(SHORTHAND).join('|')})\\b`, 'g');

/** Heads of institutions' names that take `the`: `the Foreign Ministry's briefing`, `the White House`. */
const INSTITUTION = String.raw`(?:[A-Z][\w.-]*\s+)*(?:Ministry|Office|House|Council|Department|Agency|Committee|Command|Chiefs of Staff|Staff|Party|Assembly|Court|Government|Administration|Embassy|Service|Commission|Secretariat|Cabinet|Pentagon|Kremlin|Blue House|United Nations|U\.N\.|Security Council)(?:'s)?`;
const STARTS_WITH_INSTITUTION = new RegExp(`^${INSTITUTION}(?=\\s|$)`);
// Not after a capitalised word: the `of` in `Joint Chiefs of Staff` is inside a name, which must stay as it is.
const INSTITUTION_AFTER = new RegExp(
  `(?<![A-Z][\\w.'’-]*\\s+)\\b(from|by|of|with|at)\\s+(?!the\\b)(${INSTITUTION})(?=\\s|$|[,.])`,
  'g',
);
/** Things that happen once, so a bare one is `the` one the story is about: `defense ministry briefing`. */
const EVENT =
  /\b(?:briefing|statement|announcement|report|decision|meeting|interview|press conference|speech|vote|ruling|remarks?|comments?)$/;
const DETERMINER = /^(?:a|an|the|more|new|further|some|other|his|her|their|its|this|that|\d+)\b/i;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const listOf = (items: string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** One thing named in a note (`photo`, `Foreign Ministry's briefing`) with the article a reader expects. */
function thing(raw: string): string {
  const text = raw.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  // `photo` or `PHOTO` is the wire's noun; `Map Room` or `PHOTO Agency` starts a name.
  const isWireWord = first === first.toLowerCase() || (first === first.toUpperCase() && !/^[A-Z]/.test(rest[0] ?? ''));
  const noun = isWireWord ? NOUNS[first.toLowerCase()] : undefined;
  const named = noun ? [noun, ...rest].join(' ') : text;
  const withThe = named.replace(
    INSTITUTION_AFTER,
    (_, preposition: string, name: string) => `${preposition} the ${name}`,
  );
  if (noun || DETERMINER.test(withThe)) return withThe;
  if (STARTS_WITH_INSTITUTION.test(withThe)) return `the ${withThe}`;
  if (/^[a-z]/.test(withThe) && EVENT.test(withThe) && !/s$/.test(first)) return `the ${withThe}`;
  return withThe;
}

/** Nouns that are never verbs, given their article inside a phrase: `to fix typo in headline` → `to fix a typo in the headline`. */
function withArticles(text: string): string {
  return text.replace(
    /(^|\s)(?!(?:a|an|the|his|her|its|their)\s)(\S+\s+)?(typo|headline|byline|dateline|caption|photo|graphic)\b(?!\s+[A-Z])/g,
    (whole, space: string, before: string | undefined, noun: string) =>
      before && DETERMINER.test(before.trim()) ? whole : `${space}${before ?? ''}${NOUNS[noun.toLowerCase()]}`,
  );
}

/** The things a clause names, split where it lists them: `headline, lead` → two. */
function things(text: string): string[] {
  const clean = text
    .replace(WHERE, '')
    .replace(SHORTHAND_WORD, (word) => SHORTHAND[word]!)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '');
  if (!clean) return [];
  const parts = clean.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
  // `the number of points to four, not three` is one thing said in prose, not a list.
  const isList = parts.every((part) => part.split(' ').length <= 6 && !/^(?:not|but|or|as|which|who)\b/i.test(part));
  return (isList ? parts : [clean]).map(thing);
}

/** Particles that join the words of one name: `Ministry of Unification`, `Ursula von der Leyen`. */
const PARTICLE = String.raw`(?:of|the|for|de|da|del|der|di|du|von|van|den|la|le|al|bin)`;
const NAME_WORD = String.raw`[A-Z][\p{L}\p{M}\d.'’-]*`;
const NAME_RUN = new RegExp(`${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)*${NAME_WORD})*`, 'gu');
const WIRE_WORDS = new Set([...Object.keys(VERBS), 'ATTN', 'EDS', 'ED', 'Eds', 'Ed']);

/** The names a note gives (runs of capitalised words, wire verbs left out), which a rewrite must keep word for word. */
function namesIn(text: string): string[] {
  const words = text
    .split(/(\s+)/)
    .map((w) => (WIRE_WORDS.has(w.replace(/[:;,.]+$/, '')) ? '\u0000' : w))
    .join('');
  return (words.match(NAME_RUN) ?? []).map((name) => name.replace(/[.,;:]+$/, ''));
}

/** A wire editor's note written out for readers; the note unchanged when it is not in wire jargon, or when the rewrite would alter a name. */
export function writeOutEditorNote(original: string): EditorNote {
  const written = rewrite(original);
  const kept = namesIn(original.replace(/^\(?\s*(?:ATTN|EDS?|Eds?)\s*:\s*/, '')).every((name) =>
    written.includes(name),
  );
  return { note: kept ? written : original.trim(), original };
}

/** The note in readers' words by the rules, or the note as it came when they do not know it. */
function rewrite(original: string): string {
  const text = original
    .trim()
    .replace(/^\(?\s*(?:ATTN|EDS?|Eds?)\s*:\s*/, '')
    .replace(/\)$/, '')
    .trim();
  const clauses = text.split(new RegExp(`\\s*(?:;|,|\\.|//|\\band\\b)\\s*(?=(?:${Object.keys(VERBS).join('|')})\\b)`));
  const sentences: string[] = [];
  const added: string[] = [];
  let updated = false;
  let addedAt = -1;
  for (const clause of clauses) {
    const m = /^([A-Z]{3,})\b:?\s*(.*)$/.exec(clause.trim());
    const kind = m && VERBS[m[1]!];
    if (!m || !kind) return original.trim();
    const rest = m[2]!.replace(WHERE, ' ').trim();
    if (kind === 'update' || kind === 'add') {
      if (kind === 'update') updated = true;
      added.push(...things(rest.replace(/^with\s+/i, '')));
      if (addedAt < 0) addedAt = sentences.push('') - 1;
      continue;
    }
    if ((kind === 'correct' || kind === 'resend') && /^to\s/i.test(rest)) {
      // A reason (`to show talks were held on Monday, not Tuesday`) is prose, not a list.
      sentences.push(
        `${kind === 'correct' ? 'Corrected' : 'Sent again'} ${withArticles(rest.replace(/\s+/g, ' ').replace(/[.,;:]+$/, ''))}`,
      );
      continue;
    }
    // `RECASTS headline, lead with White House statement`: what changed, then what it now carries.
    const [, what = rest, carrying] = /^(.*?)\s*\bwith\s+(.*)$/i.exec(rest) ?? [];
    const object = listOf(things(what));
    // `Headline and opening paragraph rewritten`: a sentence's subject without its articles.
    const subject = capitalise(listOf(things(what).map((t) => t.replace(/^the /, ''))));
    const by = carrying ? ` with ${listOf(things(carrying))}` : '';
    sentences.push(
      {
        change: `${subject ? `${subject} changed` : 'Changed'}${by}`,
        rewrite: `${subject ? `${subject} rewritten` : 'Rewritten'}${by}`,
        correct: object ? `Corrected ${object}` : 'Corrected',
        remove: object ? `Removed ${object}` : 'Shortened',
        resend: object ? `Sent again ${object}` : 'Sent again',
        edit: 'Edited',
        shorten: 'Shortened',
        expand: object ? `Expanded with ${object}` : 'Expanded',
      }[kind],
    );
  }
  if (addedAt >= 0)
    sentences[addedAt] = updated
      ? added.length
        ? `Updated with ${listOf(added)}`
        : 'Updated'
      : `Added ${listOf(added)}`;
  return sentences.map((s) => `${capitalise(s)}.`).join(' ');
}
