// /robots.txt: crawlers welcome, personal links excluded, and where the sitemap is.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { publicCacheControl } from '../lib/http-cache.server.js';
import { robotsTxt } from '../lib/registry/sitemap.js';

export function loader({ request }: LoaderFunctionArgs) {
  return new Response(robotsTxt(new URL(request.url).origin), { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': publicCacheControl() } });
}
