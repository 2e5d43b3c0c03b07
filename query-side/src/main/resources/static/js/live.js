// Live pages: an element with an id and data-live="projection …" is rendered again by the server when one of those
// projections has applied new events, without a reload. The page is fetched whole and only the marked regions are
// swapped, so the server's template stays the one place that knows how a region looks. A region the user is working
// in (it holds the focus) waits until the focus leaves it.

const QUIET_MS = 400;

const regions = () => [...document.querySelectorAll('[data-live][id]')];
const listensTo = (region, projection) => region.dataset.live.split(/\s+/).includes(projection);

let changed = new Set();
let timer = null;

function start() {
    const projections = [...new Set(regions().flatMap(region => region.dataset.live.split(/\s+/)))]
        .filter(Boolean);
    if (projections.length === 0 || !('EventSource' in window)) {
        return;
    }
    const source = new EventSource('/api/live?projections=' + encodeURIComponent(projections.join(',')));
    source.addEventListener('change', message => {
        changed.add(JSON.parse(message.data).projection);
        clearTimeout(timer);
        timer = setTimeout(refresh, QUIET_MS);
    });
}

async function refresh() {
    const projections = changed;
    changed = new Set();
    await renew(regions().filter(region => [...projections].some(p => listensTo(region, p))));
}

/** Renders these regions again from the page as the server has it now; for pages that also renew on their own. */
export async function renew(stale) {
    if (stale.length === 0) {
        return;
    }
    let fresh;
    try {
        const response = await fetch(location.href, {headers: {Accept: 'text/html'}, credentials: 'same-origin'});
        if (!response.ok) {
            return;
        }
        fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
        return;
    }
    for (const region of stale) {
        const replacement = fresh.getElementById(region.id);
        if (!replacement) {
            continue;
        }
        if (region.contains(document.activeElement) && document.activeElement !== document.body) {
            region.addEventListener('focusout', () => swapWhenLeft(region, replacement), {once: true});
        } else {
            swap(region, replacement);
        }
    }
}

function swapWhenLeft(region, replacement) {
    setTimeout(() => {
        if (region.contains(document.activeElement)) {
            region.addEventListener('focusout', () => swapWhenLeft(region, replacement), {once: true});
        } else {
            swap(region, replacement);
        }
    });
}

function swap(region, replacement) {
    region.replaceChildren(...[...replacement.childNodes].map(node => document.importNode(node, true)));
    region.dispatchEvent(new CustomEvent('nyskapa:refreshed', {bubbles: true}));
}

if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
} else {
    start();
}
