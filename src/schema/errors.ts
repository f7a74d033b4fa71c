import type { z } from 'zod';

/** Turns Zod issues into `field: problem` lines an editor can act on. */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
    if (issue.code === 'unrecognized_keys') {
      const where = field ? `${field}: ` : '';
      return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling against the field list in README.md`;
    }
    return `${field || '(front matter)'}: ${issue.message}`;
  });
}
