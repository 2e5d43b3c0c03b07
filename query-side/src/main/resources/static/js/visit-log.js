// The visit page's logging form. Each contribution gets its id here, before it is sent, so that sending it again
// (a retry, after the connection came back) records it once; it is written through the same command API scripts use.
// Until the server has accepted it, an entry is kept in the browser (outbox.js) and shown as not synced.
import {forget, keep, keptFor} from './outbox.js';

const RETRY_EVERY_MS = 10_000;
const form = document.getElementById('log-form');
const list = document.getElementById('contributions');
const text = form.elements.text;
const visitId = form.dataset.visit;
const labels = form.dataset;

if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline-worker.js');
}

text.addEventListener('keydown', event => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
    }
});

form.addEventListener('submit', async event => {
    event.preventDefault();
    const entry = {
        id: crypto.randomUUID(),
        visitId,
        kind: form.elements.kind.value,
        kindLabel: form.elements.kind.selectedOptions[0].text,
        sector: form.elements.sector.value,
        sectorLabel: form.elements.sector.selectedOptions[0].text,
        text: text.value.trim(),
        loggedAt: new Date().toISOString(),
        state: 'unsynced',
    };
    if (!entry.text) {
        text.focus();
        return;
    }
    text.value = '';
    text.focus();
    await keep(entry);
    send(entry, show(entry));
});

window.addEventListener('online', sendWaiting);
setInterval(sendWaiting, RETRY_EVERY_MS);
resume();

/**
 * Shows what this device kept for the visit. An entry is forgotten once the page, as the server renders it, lists
 * it: until then it is shown from here, also when the page itself came from the offline copy.
 */
async function resume() {
    const kept = (await keptFor(visitId)).sort((a, b) => a.loggedAt.localeCompare(b.loggedAt));
    for (const entry of kept) {
        if (document.getElementById(`contribution-${entry.id}`)) {
            await forget(entry.id);
        } else {
            const item = show(entry);
            if (entry.state === 'refused') {
                setState(item, 'refused', `${labels.refused}: ${entry.reason}`);
            } else if (entry.state === 'saved') {
                setState(item, 'saved', labels.saved);
            } else {
                send(entry, item);
            }
        }
    }
}

async function sendWaiting() {
    const waiting = list.querySelectorAll('li[data-state="unsynced"]');
    if (waiting.length === 0) {
        return;
    }
    const kept = new Map((await keptFor(visitId)).map(entry => [`contribution-${entry.id}`, entry]));
    for (const item of waiting) {
        if (kept.has(item.id)) {
            send(kept.get(item.id), item);
        }
    }
}

async function send(entry, item) {
    setState(item, 'saving', labels.saving);
    let response;
    try {
        response = await fetch(`/api/visits/${encodeURIComponent(visitId)}/contributions/${entry.id}`, {
            method: 'PUT',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
            body: JSON.stringify({kind: entry.kind, text: entry.text, sector: entry.sector}),
        });
    } catch (unreachable) {
        setState(item, 'unsynced', labels.unsynced);
        return;
    }
    if (response.ok) {
        entry.state = 'saved';
        await keep(entry);
        setState(item, 'saved', labels.saved);
    } else if (refusal(response.status)) {
        const problem = await response.json().catch(() => ({}));
        entry.state = 'refused';
        entry.reason = problem.detail ?? String(response.status);
        await keep(entry);
        setState(item, 'refused', `${labels.refused}: ${entry.reason}`);
    } else {
        setState(item, 'unsynced', labels.unsynced);
    }
}

/**
 * The server said no to the entry itself. An expired login, a server in trouble or one that is overloaded is not a
 * refusal: the entry waits and is sent again.
 */
function refusal(status) {
    return status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
}

function show(entry) {
    const item = document.createElement('li');
    item.id = `contribution-${entry.id}`;
    item.className = 'log__item';
    item.append(
        element('span', 'log__kind', entry.kindLabel),
        element('span', 'log__sector', entry.sectorLabel),
        element('p', 'log__text', entry.text),
        element('span', 'log__state', ''));
    list.append(item);
    return item;
}

function setState(item, state, label) {
    item.dataset.state = state;
    item.querySelector('.log__state').textContent = label;
    if (state === 'refused' && !item.querySelector('button')) {
        const dismiss = element('button', 'log__dismiss', labels.dismiss);
        dismiss.type = 'button';
        dismiss.addEventListener('click', async () => {
            await forget(item.id.substring('contribution-'.length));
            item.remove();
            text.focus();
        });
        item.append(dismiss);
    }
}

function element(name, className, content) {
    const created = document.createElement(name);
    created.className = className;
    created.textContent = content;
    return created;
}
