import type { APIRoute } from 'astro';
import { listingFeed } from '@/astro/listing-feed.ts';

export const GET: APIRoute = ({ site }) => listingFeed('en', site);
