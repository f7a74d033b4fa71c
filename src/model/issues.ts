import type { z } from 'zod';

/** A schema issue as an editor reads it: the field, and what is wrong with it and how to fix it. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** `image.caption`, `gallery[2].src`: the path to a field as written in front matter. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  object: 'a group of fields on the lines below it, indented',
  array: 'a list (like ["a", "b"], or one "- item" line each)',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
};

/** The value at `path` in what was parsed (Zod leaves it out of issues unless asked). */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path)
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What a value is, in YAML terms. */
function describeValue(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'a group of fields';
  return JSON.stringify(input);
}

/**
 * Turns Zod issues into one sentence each, naming the field. An unknown field is named as
 * itself; Zod's own wording for a wrong type ("expected object, received string") becomes what
 * the field should hold and what it holds.
 */
export function fieldIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): FieldIssue[] {
  return issues.flatMap((issue) => {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: field ? `${field}.${key}` : key,
        message: 'unknown field; check the spelling against the field list in README.md, or remove it',
      }));
    }
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      const value = issue.input ?? valueAt(input, issue.path);
      return [{ field: field || '(front matter)', message: `expected ${expected}, got ${describeValue(value)}` }];
    }
    return [{ field: field || '(front matter)', message: issue.message }];
  });
}

/** Turns Zod issues into `field: problem` lines. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): string[] {
  return fieldIssues(issues, input).map(({ field, message }) => `${field}: ${message}`);
}
