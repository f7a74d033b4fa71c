/**
 * How to cite an article: APA, Chicago and MLA references, and RIS and BibTeX files, all from
 * one CSL-JSON record made with citation-js, on the citation worker (pool.ts). APA ships with
 * @citation-js/plugin-csl; the Chicago (18th edition, notes and bibliography) and MLA (9th edition)
 * styles are the Citation Style Language project's (CC BY-SA 3.0, as their <rights> say), copied
 * unchanged into csl/.
 */
import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { oneLine } from '../model/control-characters.ts';
import { type CitedArticle, pad } from './cited-article.ts';

/**
 * A style without what only a list of several references needs (disambiguation, "———" for a
 * repeated author, sorting) and without its in-text citation form, which the cite block never
 * shows: each of ours holds one article, so the text is the same (compared on 1,000 varied
 * articles), made in less than half the time (citeproc sorted and disambiguated even one entry).
 */
function singleReference(xml: string): string {
  return xml
    .replace(/\s(?:disambiguate-add-[a-z-]+|subsequent-author-substitute(?:-rule)?)="[^"]*"/g, '')
    .replace(/<sort>[\s\S]*?<\/sort>/g, '')
    .replace(/<citation\b[\s\S]*?<\/citation>/, '<citation><layout><text variable="title"/></layout></citation>');
}

const TEMPLATES = { apa: 'dateline-apa', chicago: 'dateline-chicago', mla: 'dateline-mla' } as const;

const cslFile = (name: string) => readFileSync(new URL(`./csl/${name}`, import.meta.url), 'utf8');

/**
 * Our styles, added on the first reference rather than on import, read from disk next to this
 * file: the citation worker runs it under plain Node (no Vite `?raw`).
 */
function registerStyles(): void {
  const styles = plugins.config.get('@csl').styles;
  if (styles.has(TEMPLATES.apa)) return;
  styles.add(TEMPLATES.apa, singleReference(styles.get('apa')));
  styles.add(TEMPLATES.chicago, singleReference(cslFile('chicago-notes-bibliography.csl')));
  styles.add(TEMPLATES.mla, singleReference(cslFile('modern-language-association.csl')));
}

/**
 * The CSL-JSON record of an article, every text on one line with single spaces: a line break in
 * a title or byline would start a new record in a RIS file. `text` prepares each text for the file format.
 */
function cslRecord(cited: CitedArticle, type: string, text: (value: string) => string = (value) => value) {
  // Runs of spaces too: RIS readers split a line at `  - `, so a title holding one was cut short.
  const field = (value: string) => text(oneLine(value).replace(/ {2,}/g, ' ').trim());
  return {
    id: cited.id,
    type,
    title: field(cited.title),
    ...(cited.authors.length > 0 && { author: cited.authors.map((literal) => ({ literal: field(literal) })) }),
    issued: { 'date-parts': [[cited.year, cited.month, cited.day]] },
    'container-title': field(cited.siteTitle),
    publisher: field(cited.siteTitle),
    URL: oneLine(cited.url),
    ...(cited.language && { language: field(cited.language) }),
  };
}

/** The reference styles the cite block offers. */
export const CITATION_STYLES = [
  { label: 'APA', template: TEMPLATES.apa },
  { label: 'Chicago', template: TEMPLATES.chicago },
  { label: 'MLA', template: TEMPLATES.mla },
] as const;

// citeproc's HTML is its escaped text with these tags for italics and the like, and nothing else.
const CSL_MARKUP = /<\/?(?:i|b|sup|sub)>/g;

/** One reference in each style, as HTML safe to insert. */
export type FormattedReferences = { label: string; html: string }[];

/** citeproc's entry with only <i>, <b>, <sup> and <sub> kept, or, with any other markup (a style's inline CSS), its plain text escaped. */
function safeEntry(html: string, text: () => string): string {
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1]?.trim() ?? '';
  if (!/[<>]/.test(entry.replace(CSL_MARKUP, ''))) return entry;
  return text()
    .trim()
    .replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One reference per style for a single article. Article by article: citation-js keeps one
 * citeproc engine per style, and a batch of many articles in one bibliography was measured to
 * stall citeproc for minutes on a synthetic archive (it compares every entry with the others).
 */
export function formattedReferences(cited: CitedArticle): FormattedReferences {
  registerStyles();
  const cite = new Cite(cslRecord(cited, 'article-newspaper'));
  return CITATION_STYLES.map(({ label, template }) => ({
    label,
    html: safeEntry(cite.format('bibliography', { format: 'html', template, lang: 'en-US' }), () =>
      cite.format('bibliography', { format: 'text', template, lang: 'en-US' }),
    ),
  }));
}

/**
 * A RIS file (Zotero, EndNote, Mendeley). An archived web page: RIS's NEWS type keeps neither byline
 * nor day in citation-js. Its tags come from citation-js, the lines are written here, one a tag:
 * citation-js breaks values every 70 characters, so a title could put `ER  - ` at a line's start.
 */
export function risFile(cited: CitedArticle): string {
  const [entry] = new Cite(cslRecord(cited, 'webpage')).format('ris', { format: 'object' }) as Record<
    string,
    unknown
  >[];
  const lines = Object.entries(entry ?? {})
    .filter(([tag]) => tag !== 'TY')
    .flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${oneLine(String(value))}`));
  return `${[`TY  - ${String(entry?.TY)}`, ...lines, 'ER  - '].join('\n')}\n`;
}

// LaTeX's special characters as text commands. Braces become commands too: BibTeX counts `\{` as an open brace.
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
  // citation-js reads <i>, <b>, <span ...> in a title as markup and may leave a brace open.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};

/** `text` safe in a BibTeX field and in LaTeX: every special character written as text, so `\\input{...}` stays words. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}%#&$_^~<>]/g, (char) => LATEX_SPECIALS[char]!);
}

/**
 * A BibTeX file with one entry, in UTF-8 with every script as written: citation-js's default
 * ASCII-only output drops what it cannot spell in LaTeX commands (a Korean title came out empty),
 * and in Unicode it escapes nothing, so the fields are escaped here (bibtexText).
 */
export function bibtexFile(cited: CitedArticle): string {
  plugins.config.get('@bibtex').format.asciiOnly = false;
  const record = { ...cslRecord(cited, 'article-newspaper', bibtexText), 'citation-key': bibtexKey(cited) };
  return `${new Cite(record).format('bibtex').trim()}\n`;
}

/**
 * The entry's key, in the letters every BibTeX reads: the ASCII words of the article's address
 * and its day (`summit_held_2018_06_12`). citation-js makes one from the byline and title, which
 * was `undefined2016undefined` for a Korean one and LaTeX command names for a hostile one.
 */
export function bibtexKey(cited: CitedArticle): string {
  const segment = new URL(cited.url, 'http://localhost').pathname.split('/').filter(Boolean).pop() ?? '';
  const words =
    safeDecode(segment)
      .normalize('NFKD')
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  return [...(words.length ? words : ['article']), cited.year, pad(cited.month), pad(cited.day)].join('_');
}

const safeDecode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** A file that puts the article in a reference manager, saved from a link on its page. */
export interface CitationFile {
  /** The format's name, the link's text. */
  format: 'RIS' | 'BibTeX';
  /** The saved file's extension, without the dot. */
  extension: 'ris' | 'bib';
  mediaType: string;
  text: string;
}

/** Everything the "Cite this article" block shows of one article. */
export interface ArticleCitation {
  references: FormattedReferences;
  files: CitationFile[];
}

/** The references in each style and the RIS and BibTeX files of one article. */
export function articleCitation(cited: CitedArticle): ArticleCitation {
  return {
    references: formattedReferences(cited),
    files: [
      { format: 'RIS', extension: 'ris', mediaType: 'application/x-research-info-systems', text: risFile(cited) },
      { format: 'BibTeX', extension: 'bib', mediaType: 'application/x-bibtex', text: bibtexFile(cited) },
    ],
  };
}
