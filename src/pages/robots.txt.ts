import type { APIRoute } from 'astro';
import { urls } from '@/astro/site-urls.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = urls.absolute(urls.asset('sitemap-index.xml'), site ?? 'http://localhost:4321');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
