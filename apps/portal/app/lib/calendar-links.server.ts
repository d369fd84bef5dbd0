// The api's calendar feed of an edition (programme.ics, served by its exports), as a link a
// calendar app subscribes to (webcal:) and as a plain download.
import { config } from './config.server.js';

export interface FeedLinks {
  subscribe: string;
  download: string;
}

export function editionFeed(seriesSlug: string, number: number, lang: string, publicApiUrl: string = config.publicApiUrl): FeedLinks {
  const download = `${publicApiUrl}/export/${encodeURIComponent(seriesSlug)}/${number}/programme.ics?lang=${encodeURIComponent(lang)}`;
  return { download, subscribe: download.replace(/^https?:/, 'webcal:') };
}
