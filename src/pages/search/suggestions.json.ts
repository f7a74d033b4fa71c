import type { APIRoute } from 'astro';
import { getArchive } from '@/astro/archive.ts';
import { suggestionIndex } from '@/search/suggestion-index.ts';

/** `/search/suggestions.json`: what the search page offers when a query finds nothing. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(suggestionIndex(await getArchive())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
