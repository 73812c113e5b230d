// Wiredesk's service worker: the app works offline once it has been opened.
// It sits at the top of the site (not in web/) so that its scope covers
// index.html on any static server, without a Service-Worker-Allowed header.
//
// Everything the app needs (page, scripts, styles, the .wasm, ICU's data,
// icons, samples) is precached under a cache named after a hash of those
// files (web/gen/precache.js, written by scripts/build); the language
// detector's tables, which the worker fetches only when the first document
// arrives, are kept in the same cache when first fetched (`later`). A new deployment
// changes that file, so the browser installs the new version beside the old
// one; the page offers to switch ("update available"), and the old cache is
// deleted once the new version takes over.
'use strict';

importScripts('web/gen/precache.js');
const { version, files, later = [] } = self.WIREDESK_PRECACHE;
const kPrefix = 'wiredesk-';
const kCache = `${kPrefix}${version}`;
const kScope = new URL('./', self.location.href);

// The .wasm must be served as application/wasm for streaming compilation,
// whatever the static server said.
async function cacheable(response, url) {
  if (!url.pathname.endsWith('.wasm') || response.headers.get('content-type') === 'application/wasm') return response;
  const headers = new Headers(response.headers);
  headers.set('content-type', 'application/wasm');
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(kCache);
    await Promise.all(files.map(async (path) => {
      const url = new URL(path, kScope);
      const response = await fetch(url, { cache: 'reload' });
      if (!response.ok) throw new Error(`precache: ${url.pathname} answered HTTP ${response.status}`);
      await cache.put(url, await cacheable(response, url));
    }));
    // The first install has no old version to wait for.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(kPrefix) && name !== kCache) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

// The cache's keys carry no query (embed.html?origin=… is embed.html), so the
// lookup drops it: an exact match is one index probe, where ignoreSearch
// makes Chromium open every entry of the cache, for every request.
function lookUp(cache, url) {
  const key = new URL(url);
  key.search = '';
  key.hash = '';
  return cache.match(key);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Only the app's own files: pages the user asks to fetch go to the network.
  if (request.method !== 'GET' || url.origin !== kScope.origin || !url.pathname.startsWith(kScope.pathname)) return;
  event.respondWith((async () => {
    const cache = await caches.open(kCache);
    const key = request.mode === 'navigate' && url.pathname.replace(kScope.pathname, '').match(/^(index\.html)?$/)
      ? new URL('index.html', kScope) : url;
    const cached = await lookUp(cache, key);
    if (cached) return cached;
    try {
      const response = await fetch(request);
      if (response.ok && later.some((path) => new URL(path, kScope).pathname === url.pathname)) {
        await cache.put(new URL(url.pathname, kScope), response.clone());
      }
      return response;
    } catch (error) {
      if (request.mode === 'navigate') {
        const page = await cache.match(new URL('index.html', kScope));
        if (page) return page;
      }
      throw error;
    }
  })());
});
