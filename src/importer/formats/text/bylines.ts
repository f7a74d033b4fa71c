/**
 * A byline as feeds, wire deliveries and pasted pages write it ("By Ahn Sung-mi and Oh Jae-won",
 * "A, B and C (Reuters)", "Kim Min-ji, Staff Writer") to the names of the people who wrote the story.
 */

/** Agencies whose name closes a byline: `(AP)`, `| Reuters`, `- dpa`. */
const AGENCY = String.raw`(?:AP|AFP|Reuters|Yonhap|dpa|DPA|NTB|TT|ANSA|STT|AAP|Bloomberg|Kyodo|Xinhua|EFE|Lusa|PA|CP|UPI|Ritzau|APA|Belga|ANP|Anadolu|Associated Press|Agence France-Presse)`;
// After a bar any outlet goes (`| Test Wire`); after a dash or comma only an agency, since names have hyphens too.
const TRAILING_AGENCY = new RegExp(
  String.raw`\s*(?:\(([^()]{1,40})\)|\|\s*[^|]{1,40}|[–—-]\s*${AGENCY}|,\s*${AGENCY})\s*$`,
);

/** What follows a name after a comma and is not a name: a role or a desk. */
const ROLE =
  /\b(?:staff|writer|reporter|correspondent|editor|columnist|contributor|chief|bureau|desk|analyst|producer|photographer|special to|for the|news agency)\b/i;

/** What follows a name after a comma and belongs to it: `Jr.`, `III`, `PhD`. */
const SUFFIX = /^(?:Jr|Sr|Jnr|Snr)\.?$|^(?:II|III|IV|V)$|^(?:PhD|Ph\.D\.|MD|M\.D\.|Esq\.?)$/;

/** A clause after `;` that credits others than the writers: `Additional reporting by B`, `Editing by C`. */
const CREDIT_CLAUSE =
  /^(?:with\s+)?(?:additional\s+)?(?:reporting|editing|writing|compiled|compilation|research|translation|translated|graphics|photos?|video)\b/i;

/**
 * The names in a byline, in order, without `By`, agency tags, roles or credits for
 * additional reporting; a suffix such as `Jr.` stays with its name, and names are never
 * split at their spaces ("Ursula von der Leyen", "Kim Jong Un").
 */
export function splitByline(text: string): string[] {
  let rest = text.replace(/\s+/g, ' ').trim();
  // "A; Additional reporting by B": the writer is A, the rest is a credit line.
  rest = rest
    .split(/\s*;\s*/)
    .filter((clause, i) => i === 0 || !CREDIT_CLAUSE.test(clause))
    .join(', ');
  rest = rest.replace(/^by(?:\s+|$)/i, '');
  for (let match = TRAILING_AGENCY.exec(rest); match; match = TRAILING_AGENCY.exec(rest)) {
    // A bracketed place or note ("(Seoul)") goes as well as an agency: neither is a name.
    if (match[1] !== undefined && match[1].split(' ').length > 4) break;
    rest = rest.slice(0, match.index).trim();
  }
  const names: string[] = [];
  for (const piece of rest.split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/)) {
    const name = piece.replace(/^by\s+/i, '').trim();
    if (!name) continue;
    if (SUFFIX.test(name) && names.length) names[names.length - 1] += `, ${name}`;
    // A role is left out only after a name (`Kim Min-ji, Staff Writer`); alone it is what the byline gives (`Korea Desk`).
    else if (!(names.length && ROLE.test(name))) names.push(name);
  }
  return [...new Set(names)];
}
