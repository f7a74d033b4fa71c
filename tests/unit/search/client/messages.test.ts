import { describe, expect, it } from 'vitest';
import {
  earlySummary,
  filterButtonText,
  filterPanelNote,
  foundStatus,
  languagesNote,
  noResultsHint,
  phraseSummary,
  resultSummary,
  searchTitle,
  showAllText,
  shownSummary,
  unavailableMessage,
} from '../../../../src/search/client/messages.ts';

describe('search page messages', () => {
  it('counts results for a query, and articles for filters alone', () => {
    expect(resultSummary(1, 'Blinken')).toBe('1 result for “Blinken”');
    expect(resultSummary(1234, 'talks')).toBe('1,234 results for “talks”');
    expect(resultSummary(1, '')).toBe('1 article matches the filters');
    expect(resultSummary(3, '')).toBe('3 articles match the filters');
  });

  it('says which years the early results are from and which are still being searched', () => {
    expect(earlySummary(12, 'election', ['2025'], ['2024', '2023', '2000'])).toBe(
      '12 results for “election” in 2025 so far; searching 2000–2024…',
    );
    expect(earlySummary(3, '', ['2025', '2024'], ['2023'])).toBe(
      '3 articles match the filters in 2024–2025 so far; searching 2023…',
    );
  });

  it('hints at what to try when nothing matched', () => {
    expect(noResultsHint('xylophone', false)).toBe(
      'No articles match “xylophone”. Check the spelling, or try fewer or more general words, such as a name or a place.',
    );
    expect(noResultsHint('talks', true)).toBe(
      'No articles match “talks”. Try clearing some filters, or fewer or different words.',
    );
    expect(noResultsHint('', true)).toMatch(/^No articles match these filters\./);
  });

  it('tells a developer how to make the missing index, and a reader only that search is down', () => {
    expect(unavailableMessage('no-index', true)).toMatch(/^There is no search index yet\. Run “npm run build” once/);
    expect(unavailableMessage('no-index', false)).toBe(
      'Search is unavailable: the search index could not be loaded. Please try again later.',
    );
    expect(unavailableMessage('failed', false)).toMatch(/^Search failed unexpectedly/);
  });

  it('says how many of the results are shown', () => {
    expect(shownSummary(10, 24)).toBe('Showing 10 of 24');
  });

  it('says the filters are on their way, or that they will be tried again', () => {
    expect(filterPanelNote('loading')).toBe('Loading filters…');
    expect(filterPanelNote('failed')).toBe(
      'Filters could not be loaded. They will be tried again with your next search.',
    );
  });
});

describe('search page labels', () => {
  it('names the search in the tab title', () => {
    expect(searchTitle('blinken', 'Dateline')).toBe('“blinken” – Search – Dateline');
    expect(searchTitle('', 'Dateline')).toBe('Search – Dateline');
  });

  it('says how many results have the exact phrase, unless all do', () => {
    expect(phraseSummary(2, 5)).toBe('2 with the exact phrase, listed first.');
    expect(phraseSummary(5, 5)).toBe('');
    expect(phraseSummary(0, 5)).toBe('None has the exact phrase; these have its words.');
  });

  it('counts active filters on the button, and labels "Show all"', () => {
    expect(filterButtonText(0)).toBe('Filters');
    expect(filterButtonText(3)).toBe('Filters (3 active)');
    expect(showAllText(24, false, 'tags')).toBe('Show all 24 tags');
    expect(showAllText(24, true, 'tags')).toBe('Show fewer tags');
  });

  it("names the archive's languages", () => {
    expect(languagesNote(['English'])).toBe("The archive's articles are in English: try the words in English.");
    expect(languagesNote(['English', 'Korean'])).toBe("The archive's articles are in English and Korean.");
  });

  it('says what a search found, with the phrase note only for quoted phrases, or what to try', () => {
    expect(foundStatus(3, 'Blinken', false, undefined)).toBe('3 results for “Blinken”');
    expect(foundStatus(3, '"kim jong un" talks', false, 1)).toBe(
      '3 results for “"kim jong un" talks”. 1 with the exact phrase, listed first.',
    );
    expect(foundStatus(3, '"kim jong un"', false, 3)).toBe('3 results for “"kim jong un"”');
    expect(foundStatus(0, '', true, undefined)).toBe(
      'No articles match these filters. Try clearing some filters, or fewer or different words.',
    );
  });
});
