/**
 * Every string a reader sees, in English: the type every other language's table must fill in
 * (strings/index.ts). Functions take counts and names; plurals come from `count`, which picks
 * the word through Intl.PluralRules of the table's own language.
 */
import type { EntityKind } from '../../model/entity-kinds.ts';

const rules = new Intl.PluralRules('en');
/** The word that fits `n`: `one` for a single thing, else `many`. */
const word = (n: number, one: string, many: string) => (rules.select(n) === 'one' ? one : many);
/** "1,204 results": a count with digit grouping, and its noun. */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${word(n, one, many)}`;
/** "3 articles", as running text writes it (no digit grouping, as the pages always have). */
const counted = (n: number, one: string, many = `${one}s`) => `${n} ${word(n, one, many)}`;
const list = (items: readonly string[]) =>
  new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(items);
/** Years as a span, "2016–2018", or one year; `years` in any order. */
const yearSpan = (years: readonly string[]) => {
  const sorted = [...years].sort();
  return sorted[0] === sorted.at(-1) ? (sorted[0] ?? '') : `${sorted[0]}–${sorted.at(-1)}`;
};

const entityLabels = {
  people: { plural: 'People', singular: 'Person' },
  places: { plural: 'Places', singular: 'Place' },
  organizations: { plural: 'Organizations', singular: 'Organization' },
  tags: { plural: 'Tags', singular: 'Tag' },
} satisfies Record<EntityKind, { plural: string; singular: string }>;

const resultSummary = (n: number, query: string) =>
  query
    ? `${count(n, 'result', 'results')} for “${query}”`
    : `${count(n, 'article matches', 'articles match')} the filters`;
/** Between the years searched and those still being searched: the benchmark looks for it. */
const stillSearching = ' so far; searching ';

export const en = {
  /** The Intl locale of the table's dates and numbers: "20 January 2016". */
  locale: 'en-GB',
  /** What a link to a page in this language says, in this language: "Read in English". */
  readIn: 'Read in English',
  /** The language's own name, for a language switch: "English". */
  languageName: 'English',
  site: {
    tagline: 'An archive of reporting on nuclear diplomacy on the Korean peninsula, 2016–2021',
    description:
      'Dateline is a searchable archive of news reports following Korean-peninsula nuclear diplomacy from 2016 to 2021.',
    footer: (title: string, tagline: string) =>
      `${title}: ${tagline}. Sample stories are written for this archive; each credits the outlet whose reporting it follows.`,
    latestFeed: (title: string) => `${title}: latest articles`,
  },
  nav: {
    skip: 'Skip to content',
    main: 'Main',
    archive: 'Archive',
    topics: 'Topics',
    sources: 'Sources',
    sections: 'Sections',
    footer: 'Archive',
    corrections: 'Corrections',
    feed: 'RSS feed',
    breadcrumb: 'Breadcrumb',
  },
  searchForm: { label: 'Search the archive', placeholder: 'Search the archive', button: 'Search' },
  entities: entityLabels,
  article: {
    about: 'About this article',
    source: 'Source:',
    updated: 'Updated',
    byline: (names: readonly string[]) => `By ${names.join(', ')}`,
    /** At the end of a story, for each correction and for the editor's note of an update: "This article was amended on 8 February 2016." */
    amended: { before: 'This article was amended on ', after: '.' },
    /** An editor's note on a story that gives no time it was updated. */
    amendedUndated: 'This article was amended.',
    /** The name of the block of amendments, for screen readers. */
    amendments: 'Amendments',
    originalReport: 'Original report:',
    cite: 'Cite this article',
    citeDownload: 'Download:',
    citeApps: '(Zotero, EndNote, Mendeley)',
    /** Before the article's address, on paper only. */
    citeAddress: 'Address:',
    filedUnder: 'Filed under',
    topics: 'Topics',
    related: 'Related coverage',
    translations: 'This story in other languages',
    /** "4 min read (812 words)"; `units` is what was counted, words or characters. */
    readingTime: (minutes: number, counted_: number | undefined, units: 'words' | 'characters') =>
      `${minutes} min read${counted_ ? ` (${counted(counted_, units === 'words' ? 'word' : 'character')})` : ''}`,
    gallery: 'Gallery',
    galleryNote: (n: number) =>
      `${counted(n, 'more photo', 'more photos')} from the original gallery ${word(n, 'is', 'are')} not part of this archive.`,
    topicNav: {
      heading: 'In the same story',
      in: 'In',
      before: 'Before:',
      after: 'After:',
      first: 'This is the first article in the topic.',
      latest: 'This is the latest article in the topic.',
    },
  },
  /** The banner over an earlier version of a story: "This is an earlier version of this story: version 2, filed 20 January 2016, 19:27 KST." */
  earlierVersion: {
    label: 'Earlier version',
    lead: 'This is an earlier version of this story:',
    filed: (n: number) => ` version ${n}, filed `,
    after: '. It has since been updated.',
    readCurrent: 'Read the current version',
    seeAll: (versions: string) => `See all ${versions} and what changed`,
  },
  /** A story's versions page ("What changed from version 2"), and the count that links to it. */
  versions: {
    /** "3 versions": the link on the story's page, and the page's own lede. */
    count: (n: number) => counted(n, 'version'),
    kicker: 'Story versions',
    title: (headline: string) => `Versions: ${headline}`,
    description: (n: number, headline: string) =>
      `The ${counted(n, 'version')} of “${headline}”, newest first, with what changed in each.`,
    lede: (n: number) =>
      `This story was filed in ${counted(n, 'version')}. Each is listed here, newest first, with what changed from the one before it.`,
    heading: (n: number, current: boolean) => `Version ${n}${current ? ' (current)' : ''}`,
    /** An earlier version's page title: "Talks resume (version 2)". */
    pageTitle: (headline: string, n: number) => `${headline} (version ${n})`,
    filed: 'Filed',
    correction: 'Correction',
    editorNote: 'Editor’s note:',
    corrected: 'Corrected:',
    readInFull: (n: number) => `Read version ${n} in full`,
    changesFrom: (n: number) => `What changed from version ${n}`,
    /** "2 paragraphs added, 1 paragraph changed", or that the text did not change. */
    changes: ({ added, changed, removed, moved }: { added: number; changed: number; removed: number; moved: number }) =>
      [
        added && `${counted(added, 'paragraph')} added`,
        changed && `${counted(changed, 'paragraph')} changed`,
        removed && `${counted(removed, 'paragraph')} removed`,
        moved && `${counted(moved, 'paragraph')} moved`,
      ]
        .filter(Boolean)
        .join(', ') || 'No change to the text',
    /** The labels of the word-by-word comparison. */
    diff: {
      headline: 'Headline changed:',
      changed: 'Changed:',
      added: 'Added paragraph:',
      removed: 'Removed paragraph:',
      movedHere: 'Moved here:',
      movedDown: 'Moved further down:',
      movedUp: 'Moved further up:',
      addedStart: '[added]',
      addedEnd: '[end added]',
      removedStart: '[removed]',
      removedEnd: '[end removed]',
    },
  },
  lists: {
    empty: 'No articles yet.',
    jumpToYear: 'Jump to year',
    pages: 'Pages',
    newer: '← Newer',
    older: 'Older →',
    articles: (n: number) => counted(n, 'article'),
    page: (n: number) => `Page ${n}`,
    year: (year: number) => String(year),
    /** What a listing says of a story that was updated, or corrected, in place of the wire's label. */
    updated: 'Updated',
    corrected: 'Corrected',
  },
  home: {
    latest: 'Latest articles',
    all: (n: number) => `All ${n} articles in the archive →`,
    /** The front page's lead story, for screen readers. */
    lead: 'Lead story',
    onThisDay: 'On this day',
    /** Under "On this day": today's date in other years, or, when nothing was filed on it, the nearest day that has stories. */
    onThisDayNote: (exact: boolean, name: string, referenceName: string) =>
      exact
        ? `Filed on ${name} in other years.`
        : `Nothing was filed on ${referenceName} in other years. These stories are from ${name}, the nearest day that has some.`,
    topics: 'Topics',
    sources: 'Sources',
    sections: 'Sections',
    byYear: 'By year',
  },
  archive: {
    title: 'Archive',
    page: (title: string, n: number) => `${title}, page ${n}`,
    description: (total: number) => `All ${total} articles in the archive, newest first.`,
    range: (range: string, total: number) => `Articles ${range} of ${total}, newest first.`,
    byYear: 'By year:',
    pages: 'Archive pages',
    yearTitle: (year: number) => `Archive: ${year}`,
    yearDescription: (n: number, year: number) => `${counted(n, 'article')} from ${year}, by month.`,
    newestFirst: (n: number) => `${counted(n, 'article')}, newest first.`,
    months: 'Months',
    allInMonth: (n: number, month: string) => `All ${counted(n, 'article')} from ${month} →`,
    otherYears: 'Other years',
    otherMonths: 'Other months',
    monthDescription: (n: number, month: string) => `${counted(n, 'article')} from ${month}.`,
  },
  /** /articles/2016/ and /articles/2016/01/: an article's address cut back to its year or month. */
  articlesPeriod: {
    title: (period: string) => `Articles from ${period}`,
    yearDescription: (n: number, year: string) => `${counted(n, 'article')} from ${year}, by month.`,
    monthDescription: (n: number, month: string) => `${counted(n, 'article')} from ${month}, by day.`,
    /** "12 articles. [Read them all in the 2016 archive], or pick a month:" */
    yearLede: {
      before: (n: number) => `${counted(n, 'article')}. `,
      link: (year: string) => `Read them all in the ${year} archive`,
      after: ', or pick a month:',
    },
    /** "3 articles, newest first, by day. Also in [the archive for January 2016]." */
    monthLede: {
      before: (n: number) => `${counted(n, 'article')}, newest first, by day. Also in `,
      link: (month: string) => `the archive for ${month}`,
      after: '.',
    },
    /** A link to this language's archive for the period, written in this language, on a page in another. */
    inThisLanguage: (n: number, period: string) => `${counted(n, 'article')} in English from ${period} →`,
  },
  topics: {
    title: 'Topics',
    description: 'Story threads in the archive, each with background and a timeline of coverage.',
  },
  sources: {
    title: 'Sources',
    description: "The news outlets whose reporting the archive's articles follow.",
  },
  sections: {
    title: 'Sections',
    description: "The archive's articles by the section their source filed them under.",
    lede: 'The desks the stories were filed under, each with its own listing and feed.',
  },
  /** The page of one topic, source or section (components/listings/TopicPage, SourcePage, SectionPage). */
  namedListing: {
    /** "Sanctions, page 2"; page 1 is the name alone. */
    title: (name: string, page: number) => (page > 1 ? `${name}, page ${page}` : name),
    /** The name of a page's pager, for screen readers. */
    pages: (name: string) => `${name} pages`,
    topic: {
      background: 'Background',
      timeline: 'Timeline of coverage, oldest first',
      empty: 'No articles in this topic yet.',
      /** Above a timeline of one page: "3 articles." */
      count: (n: number) => `${counted(n, 'article')}.`,
      /** Above one page of a longer timeline: "Articles 1–50 of 120." */
      range: (start: number, end: number, total: number) => `Articles ${start}–${end} of ${total}.`,
      /** After the range, around the link to the last page: " The latest are on page 3." */
      latestOn: { before: ' The latest are on ', page: (n: number) => `page ${n}`, after: '.' },
      earlier: '← Earlier',
      later: 'Later →',
    },
    source: {
      /** What a source's page says it is when its file has no description. */
      description: (name: string) => `Articles following ${name}'s reporting.`,
      /** "Articles 1–50 of 120, newest first", or on a listing of one page "3 articles, newest first". */
      range: (start: number, end: number, total: number) => `Articles ${start}–${end} of ${total}, newest first`,
      all: (n: number) => `${counted(n, 'article')}, newest first`,
    },
    section: {
      /** The tab's title: "Diplomacy (section)". */
      pageTitle: (title: string) => `${title} (section)`,
      description: (n: number, name: string) => `${counted(n, 'article')} in the ${name} section, newest first.`,
      lede: (start: number, end: number, total: number) =>
        total ? `Section · articles ${start}–${end} of ${total}, newest first.` : 'Section · no articles yet.',
      feedDescription: (name: string, site: string) => `The latest articles in the ${name} section of ${site}.`,
    },
  },
  /** The pages of people, places, organizations and tags: a name's stories, each kind's index and its A–Z pages. */
  names: {
    /** The tab's title: "Kim Jong Un (person)". */
    pageTitle: (title: string, kind: EntityKind) => `${title} (${entityLabels[kind].singular.toLowerCase()})`,
    description: (n: number, name: string) => `${counted(n, 'article')} in the archive about ${name}.`,
    /** What the rail holds, for screen readers. */
    about: (name: string) => `About ${name} in the archive`,
    /** "Person · 3 articles, newest first.", or on one page of several "Person · articles 51–100 of 120, newest first." */
    lede: (kind: EntityKind, start: number, end: number, total: number) =>
      `${entityLabels[kind].singular} · ${start > 1 || end < total ? `articles ${start}–${end} of ${total}` : counted(total, 'article')}, newest first.`,
    /** The days its coverage spans, in the rail. */
    covered: 'Covered',
    alsoWrittenAs: (spellings: readonly string[]) => `Also written as ${list(spellings)}.`,
    /** /people/: "People named in the archive, most covered first." */
    indexDescription: (kind: EntityKind) => `${entityLabels[kind].plural} named in the archive, most covered first.`,
    indexLede: (_kind: EntityKind, total: number, shown: number) =>
      `${total} in the archive, most covered first${shown < total ? `: the ${shown} named most often here, and every one on the A–Z pages` : ''}.`,
    /** /people/a-z/k/: "People: K". */
    initialTitle: (kind: EntityKind, initial: string) => `${entityLabels[kind].plural}: ${initial}`,
    initialDescription: (kind: EntityKind, initial: string) =>
      `${entityLabels[kind].plural} in the archive under ${initial}, A–Z.`,
    initialLede: (kind: EntityKind, n: number, initial: string) => {
      const { singular, plural } = entityLabels[kind];
      return `${counted(n, singular.toLowerCase(), plural.toLowerCase())} under ${initial}, A–Z.`;
    },
    /** The A–Z links, for screen readers: "People A–Z"; each link's tooltip: "12 under K". */
    initials: (kind: EntityKind) => `${entityLabels[kind].plural} A–Z`,
    underInitial: (n: number, initial: string) => `${n} under ${initial}`,
  },
  /** /corrections/: every correction and editor's note, newest first. */
  corrections: {
    title: 'Corrections and editor’s notes',
    description: "Every correction and editor's note in the archive, newest first.",
    lede: (start: number, end: number, total: number) =>
      `${start > 1 || end < total ? `Entries ${start}–${end} of ${total}` : counted(total, 'entry', 'entries')}, newest first. Each links to the article it amends.`,
    correction: 'Correction',
    editorNote: 'Editor’s note',
    /** The name of the pager, for screen readers. */
    pages: 'Corrections pages',
  },
  notFound: {
    title: 'Page not found',
    lede: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    suggestion: 'Search the archive for the words in the address:',
    suggestionLink: 'the address’s words',
    tryThis: 'Try searching the archive:',
    browse: 'Or browse',
    archive: 'the archive',
    topics: 'topics',
    or: 'or',
    home: 'the front page',
  },
  search: {
    title: 'Search',
    heading: 'Search the archive',
    description:
      "Search the archive's articles by word, and narrow them by date, source, year, section, topic, tag and label.",
    noScript: 'Search needs JavaScript, which is turned off in this browser. You can still browse the',
    noScriptArchive: 'archive by date',
    noScriptTopics: 'topics',
    noScriptAnd: 'and',
    noScriptSources: 'sources',
    skip: 'Skip to results',
    formLabel: 'Search and sort the archive',
    words: 'Words to search for',
    button: 'Search',
    sortBy: 'Sort by',
    relevance: 'Relevance',
    newest: 'Newest first',
    oldest: 'Oldest first',
    filters: 'Filters',
    results: 'Results',
    loadMore: 'Load more results',
    narrow: 'Narrow the results',
    date: 'Date',
    from: 'From',
    to: 'To',
    clear: 'Clear all filters',
    filterLabels: {
      language: 'Language',
      source: 'Source',
      year: 'Year',
      section: 'Section',
      topic: 'Topic',
      tag: 'Tag',
      // Its values are "Updated", "Corrected" and a kind of story ("Analysis"): what became of the story, in a reader's words.
      label: 'Story status',
    },
    /** "Find a source": the find field of a long filter group. */
    findIn: (label: string) => `Find a ${label.toLowerCase()}`,
    noneContains: (label: string, find: string) => `No ${label.toLowerCase()} contains “${find}”.`,
    /** What each filter group's values are called in "Show all 24 tags". */
    filterValues: {
      language: 'languages',
      source: 'sources',
      year: 'years',
      section: 'sections',
      topic: 'topics',
      tag: 'tags',
      label: 'statuses',
    },
    didYouMean: { before: 'Did you mean ', or: ' or ', comma: ', ', after: '?' },
    resultSummary,
    stillSearching,
    earlySummary: (n: number, query: string, years: readonly string[], olderYears: readonly string[]) =>
      `${resultSummary(n, query)} in ${yearSpan(years)}${stillSearching}${yearSpan(olderYears)}…`,
    noResultsHint: (query: string, filtered: boolean) => {
      const what = query ? `No articles match “${query}”` : 'No articles match these filters';
      const tips = filtered
        ? 'Try clearing some filters, or fewer or different words.'
        : 'Check the spelling, or try fewer or more general words, such as a name or a place.';
      return `${what}. ${tips}`;
    },
    shownSummary: (shown: number, total: number) =>
      `Showing ${shown.toLocaleString('en')} of ${total.toLocaleString('en')}`,
    failed: 'Search failed unexpectedly. Please reload the page and try again.',
    noIndexDev:
      'There is no search index yet. Run “npm run build” once; the development server then searches the last build. Reload this page afterwards.',
    noIndex: 'Search is unavailable: the search index could not be loaded. Please try again later.',
    filtersLoading: 'Loading filters…',
    filtersFailed: 'Filters could not be loaded. They will be tried again with your next search.',
    tabTitle: (query: string, siteTitle: string) =>
      query ? `“${query}” – Search – ${siteTitle}` : `Search – ${siteTitle}`,
    phraseNone: 'None has the exact phrase; these have its words.',
    phraseSome: (exact: number) => `${exact.toLocaleString('en')} with the exact phrase, listed first.`,
    filterButton: (active: number) => (active ? `Filters (${active.toLocaleString('en')} active)` : 'Filters'),
    showAll: (total: number, open: boolean, plural: string) =>
      open ? `Show fewer ${plural}` : `Show all ${total.toLocaleString('en')} ${plural}`,
    languagesNote: (languages: readonly string[]) =>
      languages.length === 1
        ? `The archive's articles are in ${languages[0]}: try the words in ${languages[0]}.`
        : `The archive's articles are in ${list(languages)}.`,
    /** The phone's filter sheet: its button that closes it onto the results, "Show 27 results". */
    showResults: (n: number | undefined) =>
      n === undefined ? 'Show results' : `Show ${count(n, 'result', 'results')}`,
    closeFilters: 'Close filters',
    activeFilters: 'Active filters',
    /** A chip's accessible name: "Remove filter Source: AP". */
    removeFilter: (label: string, value: string) => `Remove filter ${label}: ${value}`,
    /** The date range on its chip: "1 March 2017 – 2018", "From March 2017", "Until 2018". */
    rangeText: (from: string, to: string) => (from && to ? `${from} – ${to}` : from ? `From ${from}` : `Until ${to}`),
    /** The first entry of each date menu, which leaves that part open. */
    dateParts: { day: 'Day', month: 'Month', year: 'Year' },
    /** What an empty search page offers to start from. */
    start: {
      heading: 'Start from',
      lede: 'Type words above, or start from a topic, a name or a year.',
      topics: 'Topics',
      names: 'Names in the news',
      years: 'Years',
    },
  },
};

/** The shape every language's table fills in: the English table's. */
export type Strings = typeof en;
