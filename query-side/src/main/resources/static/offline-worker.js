// Keeps the pages staff log on, and what they need, so that a visit page reloads without a connection. Pages come
// from the network while it answers (and are kept for later); the API is never cached.
const CACHE = 'nyskapa-offline-v4';
// Every page links every area's stylesheet.
const ASSETS = ['/css/nyskapa.css', '/css/staff.css', '/css/analysis.css', '/css/leadership.css',
                '/js/visit-log.js', '/js/outbox.js', '/js/staff-api.js', '/js/staff-visit.js', '/js/staff-forms.js',
                '/js/live.js', '/js/csrf.js'];

self.addEventListener('install', event => {
    self.skipWaiting();
    event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(ASSETS)));
});

self.addEventListener('activate', event => event.waitUntil(
    caches.keys()
          .then(names => Promise.all(names.filter(name => name !== CACHE).map(name => caches.delete(name))))
          .then(() => self.clients.claim())));

self.addEventListener('fetch', event => {
    const url = new URL(event.request.url);
    if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) {
        return;
    }
    event.respondWith(fetch(event.request)
        .then(response => {
            // A page answered by the login page (the session ended) must not be kept as that page.
            if (response.ok && !response.redirected) {
                const copy = response.clone();
                caches.open(CACHE).then(cache => cache.put(event.request, copy));
            }
            return response;
        })
        .catch(() => caches.match(event.request).then(cached => cached ?? Response.error())));
});
