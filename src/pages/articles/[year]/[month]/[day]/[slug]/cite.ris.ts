import type { GetStaticPaths } from 'astro';
import { citationFile, citationFilePaths } from '@/astro/citation-files.ts';
import { risFile } from '@/citations/format.ts';

/** The article's citation as a RIS file (Zotero, EndNote, Mendeley). */
export const getStaticPaths = citationFilePaths satisfies GetStaticPaths;
export const GET = citationFile(risFile, 'application/x-research-info-systems');
