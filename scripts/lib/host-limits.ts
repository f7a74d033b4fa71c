/**
 * What each static host takes of a built site, as its own documentation publishes it: the figures
 * `npm run build -- --host NAME` checks the output against (scripts/lib/host-check.ts). A limit a host
 * does not publish is left out, never guessed. "GB" in a host's page is read as 10^9 bytes, the
 * smaller of its two readings, since none of these pages says which it means.
 */

/** What one host takes; a missing field is a limit the host does not publish. */
export interface HostLimits {
  /** The host as a sentence names it: "Cloudflare Pages' free plan". */
  label: string;
  /** Entries a site may hold. */
  files?: number;
  /** Whether folders count towards `files` (GitLab counts every entry, folders included). */
  filesIncludeFolders?: boolean;
  /** Entries (files and folders) one folder may hold. */
  filesPerFolder?: number;
  /** Bytes the whole site may hold. */
  totalBytes?: number;
  /** Bytes one file may hold. */
  fileBytes?: number;
  /** What to do when each limit is exceeded, as the end of the error message. */
  advice: { files?: string; filesPerFolder?: string; totalBytes?: string; fileBytes?: string };
}

const MiB = 1024 * 1024;
const GB = 1_000_000_000;

export const HOST_LIMITS = {
  // https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits
  // ("Published GitHub Pages sites may be no larger than 1 GB"). No limit on the number of files or
  // on one file's size is published for the site itself.
  'github-pages': {
    label: 'GitHub Pages',
    totalBytes: 1 * GB,
    advice: {
      totalBytes:
        'use Cloudflare Pages (no limit on bytes; 100,000 files on the paid plan), Netlify, or a bucket behind a CDN',
    },
  },
  // https://developers.cloudflare.com/pages/platform/limits/#files ("up to 20,000 files on the Free
  // plan"; "Workers Paid plans can have up to 100,000 files per site", with
  // PAGES_WRANGLER_MAJOR_VERSION=4, changelog of 23 January 2026:
  // https://developers.cloudflare.com/changelog/post/2026-01-23-pages-file-limit-increase/) and
  // #file-size ("25 MiB" a site asset). No limit on the site's total bytes is published.
  'cloudflare-pages': {
    label: "Cloudflare Pages' paid plan",
    files: 100_000,
    fileBytes: 25 * MiB,
    advice: {
      files: 'use a host without a file limit such as Netlify, or a bucket behind a CDN',
      fileBytes: 'serve that file from R2 or another bucket, or use a host without a per-file limit such as Netlify',
    },
  },
  'cloudflare-pages-free': {
    label: "Cloudflare Pages' free plan",
    files: 20_000,
    fileBytes: 25 * MiB,
    advice: {
      files:
        'use the paid plan (100,000, with PAGES_WRANGLER_MAJOR_VERSION=4 set in the project) or a host without a file limit such as Netlify, or a bucket behind a CDN',
      fileBytes: 'serve that file from R2 or another bucket, or use a host without a per-file limit such as Netlify',
    },
  },
  // https://docs.gitlab.com/user/gitlab_com/#gitlab-pages ("Maximum site size 1 GB" on GitLab.com,
  // bounded by the 1 GB artifact limit) and
  // https://docs.gitlab.com/administration/instance_limits/#number-of-files-per-gitlab-pages-website
  // ("The total number of file entries (including directories and symlinks) is limited to 200,000").
  // No limit on one file's size is published beyond the site's.
  'gitlab-pages': {
    label: 'GitLab Pages',
    files: 200_000,
    filesIncludeFolders: true,
    totalBytes: 1 * GB,
    advice: {
      files: 'use a host without a file limit such as Netlify, or a bucket behind a CDN',
      totalBytes:
        'use Cloudflare Pages (no limit on bytes; 100,000 files on the paid plan), Netlify, or a bucket behind a CDN',
    },
  },
  // https://docs.netlify.com/site-deploys/overview/#files-per-directory-limit ("Netlify doesn't have a
  // limit on the number of files per deploy, we do have a limit of 54,000 files per directory"),
  // counted here as entries, folders included, the stricter reading. A limit on one file's size or on
  // a deploy's total bytes could not be confirmed in Netlify's documentation, so none is checked.
  netlify: {
    label: 'Netlify',
    filesPerFolder: 54_000,
    advice: { filesPerFolder: 'use a bucket behind a CDN, which has no such limit' },
  },
} as const satisfies Record<string, HostLimits>;

/** A host `--host` knows. */
export type HostName = keyof typeof HOST_LIMITS;

/** The hosts `--host` knows, in the table's order. */
export const HOST_NAMES = Object.keys(HOST_LIMITS) as HostName[];

/** Whether `name` is a host `--host` knows. */
export function isHostName(name: string): name is HostName {
  return Object.hasOwn(HOST_LIMITS, name);
}
