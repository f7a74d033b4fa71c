/**
 * The theme's colours (src/styles/theme.css) keep text readable: every text colour on every
 * background it is set on reaches WCAG AA's 4.5:1, in the light theme and in the dark one, and the
 * focus ring 3:1 against the page. A newsroom that changes a colour finds out here, not from a reader.
 */
import { readFileSync } from 'node:fs';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';

const THEME = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');

/** Each custom property's value in a block of declarations, comments left out. */
function properties(block: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of block.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    found.set(match[1]!, match[2]!.trim());
  }
  return found;
}

/** The declarations of the first `:root { … }` at or after `from`. */
function rootBlock(css: string, from: number): string {
  const open = css.indexOf('{', css.indexOf(':root', from));
  return css.slice(open + 1, css.indexOf('}', open));
}

/** The light theme's properties and the dark theme's (dark gives what it changes; the rest is light's). */
function themes(css: string): { light: Map<string, string>; dark: Map<string, string> } {
  const light = properties(rootBlock(css, 0));
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  return { light, dark: darkAt < 0 ? light : new Map([...light, ...properties(rootBlock(css, darkAt))]) };
}

/** A property's colour, following `var(--other)`. */
function colour(theme: Map<string, string>, name: string): Color {
  let value = theme.get(name);
  for (let hops = 0; value?.startsWith('var(') && hops < 5; hops++) value = theme.get(value.slice(4, -1).trim());
  if (!value) throw new Error(`the theme has no ${name}`);
  return new Color(value);
}

// What the site sets on what: text on the page and on note boxes, the skip link and buttons
// (paper on ink), searched words on their highlight, words added and removed between versions.
const TEXT_PAIRS: [text: string, background: string][] = [
  ['--ink', '--paper'],
  ['--muted', '--paper'],
  ['--accent', '--paper'],
  ['--link', '--paper'],
  ['--link-visited', '--paper'],
  ['--logo-ink', '--paper'],
  ['--ink', '--note-bg'],
  ['--muted', '--note-bg'],
  ['--accent', '--note-bg'],
  ['--link', '--note-bg'],
  ['--link-visited', '--note-bg'],
  ['--paper', '--ink'],
  ['--mark-ink', '--mark-bg'],
  ['--ins-ink', '--ins-bg'],
  ['--del-ink', '--del-bg'],
];

/** Every pair below its WCAG AA ratio, as "dark: --muted on --paper 3.10:1". */
function lowContrast(css: string): string[] {
  const failures: string[] = [];
  for (const [name, theme] of Object.entries(themes(css))) {
    const check = (text: string, background: string, minimum: number) => {
      const ratio = colour(theme, text).contrast(colour(theme, background), 'WCAG21');
      if (ratio < minimum) failures.push(`${name}: ${text} on ${background} ${ratio.toFixed(2)}:1`);
    };
    for (const [text, background] of TEXT_PAIRS) check(text, background, 4.5);
    // The focus ring is not text: WCAG 2.2's 3:1 for what a control shows.
    check('--focus', '--paper', 3);
  }
  return failures;
}

describe('the theme in src/styles/theme.css', () => {
  it('gives light and dark colours for every pair the site sets, each readable at WCAG AA', () => {
    const { light, dark } = themes(THEME);
    expect(light.get('--paper')).not.toBe(dark.get('--paper'));
    expect(lowContrast(THEME)).toEqual([]);
  });
});

describe('the contrast check', () => {
  const theme = (muted: string, darkMuted: string) => `
    :root { --paper: #ffffff; --ink: #111111; --muted: ${muted}; --rule: #ddd; --accent: #8a1c13;
      --link: #123f7a; --link-visited: #4b2a74; --focus: #c25e00; --note-bg: #f3efe3;
      --mark-bg: #ffe08a; --mark-ink: #111; --logo-ink: var(--ink);
      --ins-bg: #e3f1e0; --ins-ink: #12461a; --del-bg: #f8e1de; --del-ink: #7a1a12; }
    @media (prefers-color-scheme: dark) {
      :root { --paper: #111111; --ink: #eeeeee; --muted: ${darkMuted}; --accent: #f08a7e; --link: #9cc4ff;
        --link-visited: #c8a8f0; --focus: #ffb055; --note-bg: #222; --mark-bg: #5c4a12; --mark-ink: #fff3cf;
        --ins-bg: #1d3a22; --ins-ink: #c9f0cc; --del-bg: #45201d; --del-ink: #ffd2cc; }
    }`;

  it('names a pair a reader could not read, in the theme it is in', () => {
    // Grey #999 on white is 2.85:1; #555 on #111 is 2.53:1.
    expect(lowContrast(theme('#999999', '#b3ada2'))).toEqual([
      'light: --muted on --paper 2.85:1',
      'light: --muted on --note-bg 2.48:1',
    ]);
    expect(lowContrast(theme('#595959', '#555555'))).toEqual([
      'dark: --muted on --paper 2.53:1',
      'dark: --muted on --note-bg 2.13:1',
    ]);
    expect(lowContrast(theme('#595959', '#b3ada2'))).toEqual([]);
  });

  it('reads any colour a browser reads, and says which property is missing', () => {
    expect(lowContrast(theme('rgb(89 89 89)', 'oklch(75% 0.02 80)'))).toEqual([]);
    expect(() => lowContrast(':root { --paper: white; }')).toThrow('the theme has no --ink');
  });
});
