import { createUrls, type Urls } from '../views/urls.ts';

/** The URL helpers for this build's base path (`BASE_PATH`, through Astro's `base`). For pages only. */
export const urls: Urls = createUrls(import.meta.env.BASE_URL);
