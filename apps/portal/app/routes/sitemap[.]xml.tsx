// /sitemap.xml: every public page of every published series, as the api lists them now.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { publicCacheControl } from '../lib/http-cache.server.js';
import { sitemapPaths } from '../lib/registry/registry.server.js';
import { sitemapXml } from '../lib/registry/sitemap.js';

export async function loader({ request }: LoaderFunctionArgs) {
  const body = sitemapXml(new URL(request.url).origin, await sitemapPaths());
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': publicCacheControl() } });
}
