// @citation-js ships no types; these are the parts src/citations/format.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    data: Record<string, unknown>[];
    format(format: 'bibliography', options: { format: 'html' | 'text'; template: string; lang: string }): string;
    format(format: 'ris', options: { format: 'object' }): unknown;
    format(format: 'bibtex' | 'ris', options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
      };
      get(name: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
