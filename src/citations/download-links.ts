/**
 * The "Download RIS" and "Download BibTeX" links of an article page. Each file travels in its page
 * as a `data:` address saved under its name by the link's `download` attribute, so the site holds
 * no file per article for them (20,000 of a 10,000-story site's files were these) and the page needs
 * no script: the CSP allows no inline one, and leaves downloads alone.
 */
import type { CitationFile } from './format.ts';

/** One link that saves a citation file. */
export interface CitationDownload {
  /** The format's name, the link's text. */
  format: CitationFile['format'];
  /** The name the file is saved under, e.g. `summit-held.ris`. */
  fileName: string;
  /** The file itself, as a `data:` address. */
  href: string;
}

/**
 * `text` as a `data:` address of `mediaType` in UTF-8. Only what a URL would not carry as written
 * is escaped: `%` (so decoding gives the text back), `#` (it would start a fragment), control
 * characters (a parser drops line breaks and tabs) and spaces at the end (it trims them). Every
 * other character, Korean too, stays as it is, a third of its escaped length: URL parsers encode it
 * as UTF-8.
 */
export function textDataUrl(text: string, mediaType: string): string {
  const body = text.replace(/[\p{Cc}%#]| +$/gu, (chars) => encodeURIComponent(chars));
  return `data:${mediaType};charset=utf-8,${body}`;
}

/** The links that save `files`, each named `name` with the file's extension (the article's slug). */
export function citationDownloads(files: readonly CitationFile[], name: string): CitationDownload[] {
  return files.map((file) => ({
    format: file.format,
    fileName: `${name}.${file.extension}`,
    href: textDataUrl(file.text, file.mediaType),
  }));
}
