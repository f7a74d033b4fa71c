/** What one article page may cost a reader, checked by the publishing tests and reported by the benchmark. */
export const ARTICLE_PAGE_BUDGET = {
  /** The page's HTML plus its stylesheets, in bytes (40 KB). */
  htmlAndCssBytes: 40_000,
  /** Its scripts, in bytes (10 KB). */
  jsBytes: 10_000,
} as const;

/** The budget as a reader reads it: `HTML+CSS < 40 KB, JS < 10 KB`. */
export function describeArticlePageBudget(): string {
  return `HTML+CSS < ${ARTICLE_PAGE_BUDGET.htmlAndCssBytes / 1000} KB, JS < ${ARTICLE_PAGE_BUDGET.jsBytes / 1000} KB`;
}

/** Whether one article page's figures are within the budget. */
export function withinArticlePageBudget(page: { htmlAndCssBytes: number; jsBytes: number }): boolean {
  return page.htmlAndCssBytes < ARTICLE_PAGE_BUDGET.htmlAndCssBytes && page.jsBytes < ARTICLE_PAGE_BUDGET.jsBytes;
}
