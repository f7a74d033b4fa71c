// The `smartypants` package ships no types; these are the two functions we call.
declare module 'smartypants' {
  /** SmartyPants over an HTML string, writing Unicode characters; `attr` as in SmartyPants.pl. */
  export function smartypantsu(text?: string, attr?: string | number): string;
  /** SmartyPants over an HTML string, writing HTML entities. */
  export function smartypants(text?: string, attr?: string | number): string;
}
