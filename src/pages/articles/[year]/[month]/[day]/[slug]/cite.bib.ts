import type { GetStaticPaths } from 'astro';
import { citationFile, citationFilePaths } from '@/astro/citation-files.ts';
import { bibtexFile } from '@/citations/format.ts';

/** The article's citation as a BibTeX file. */
export const getStaticPaths = citationFilePaths satisfies GetStaticPaths;
export const GET = citationFile(bibtexFile, 'application/x-bibtex');
