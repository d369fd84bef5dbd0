import { documentEtag, isPublicDocument, matchesIfNoneMatch, publicCacheControl } from './http-cache.server.js';

describe('public page caching', () => {
  const page = { method: 'GET', status: 200, hasAction: false, setsCookie: false };

  it('caches read-only, successful pages that are the same for everyone', () => {
    expect(isPublicDocument(page)).toBe(true);
    expect(isPublicDocument({ ...page, method: 'HEAD' })).toBe(true);
    expect(isPublicDocument({ ...page, method: 'POST' })).toBe(false);
    expect(isPublicDocument({ ...page, status: 404 })).toBe(false);
    expect(isPublicDocument({ ...page, hasAction: true })).toBe(false);
    expect(isPublicDocument({ ...page, setsCookie: true })).toBe(false);
    expect(publicCacheControl()).toMatch(/^public, max-age=\d+, stale-while-revalidate=\d+$/);
  });

  it('derives the ETag from the build, the address and the data', () => {
    const data = { root: { locale: 'en' }, page: { title: 'Agreements' } };
    const etag = documentEtag('build-1', 'http://portal/x?lang=kk', data);
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]{32}"$/);
    expect(documentEtag('build-1', 'http://other-host/x?lang=kk', { ...data })).toBe(etag);
    expect(documentEtag('build-2', 'http://portal/x?lang=kk', data)).not.toBe(etag);
    expect(documentEtag('build-1', 'http://portal/x?lang=ru', data)).not.toBe(etag);
    expect(documentEtag('build-1', 'http://portal/x?lang=kk', { ...data, page: { title: 'Agreements!' } })).not.toBe(etag);
  });

  it('reads If-None-Match as HTTP does', () => {
    const etag = 'W/"abc"';
    expect(matchesIfNoneMatch('W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('"x", W/"abc"', etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('W/"abd"', etag)).toBe(false);
    expect(matchesIfNoneMatch(null, etag)).toBe(false);
    expect(matchesIfNoneMatch('', etag)).toBe(false);
  });
});
