// Keeps the pages staff log on, and what they need, so that a visit page reloads without a connection. Pages come
// from the network while it answers (and are kept for later); the API is never cached. Only the pages staff log on
// are kept: their HTML holds no personal data (a visit page reads it from the API, see staff-visit.js), while the
// other pages may show it, and nothing of a person is ever kept on the device.
const CACHE = 'nyskapa-offline-v4';
const KEPT = [/^\/$/, /^\/tours(\/[^/]+)?$/, /^\/visits\/[^/]+$/, /^\/(css|js)\//];
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
    if (event.request.method !== 'GET' || url.origin !== self.location.origin
        || !KEPT.some(kept => kept.test(url.pathname))) {
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
