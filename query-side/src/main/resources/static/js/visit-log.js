// The visit page's logging form. Each contribution gets its id here, before it is sent, so that sending it again
// (a retry, after the connection came back) records it once; it is written through the same command API scripts use.
// Until the server has accepted it, an entry is kept in the browser (outbox.js) and shown as not synced.
//
// An entry with themes takes two commands: record, then tag (recording takes no themes). The kept entry remembers
// which steps the server has accepted, so after a reload or a lost answer it goes on from where it stopped, in order;
// both commands are idempotent, so a step sent twice has one effect.
//
// An entry that names its contributor, or whose text is marked personal, is never kept on the device: it is sent at
// once, and without a connection it stays in the form with a note saying why.

import {csrfHeader} from './csrf.js';
import {forget, keep, keptFor} from './outbox.js';
import {clearProblems, showProblem, status} from './staff-api.js';

const RETRY_EVERY_MS = 10_000;
const ANSWER_WITHIN_MS = 15_000;
const SUGGEST_AFTER_MS = 400;
const SUGGESTIONS_SHOWN = 4;
const list = document.getElementById('contributions');
const form = document.getElementById('log-form');
const visitId = list.dataset.visit;
const labels = list.dataset;
const entryTemplate = document.getElementById('entry-template');
const timeFormat = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
                                           {dateStyle: 'short', timeStyle: 'short'});

if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline-worker.js');
}

if (form) {
    const text = form.elements.text;
    text.addEventListener('keydown', event => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    text.addEventListener('input', suggestSoon);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const themes = [...form.querySelectorAll('input[name="themeIds"]:checked')];
        // only what the contribution says is kept on the device (see outbox.js)
        const contributor = contributorGiven();
        const entry = {
            id: crypto.randomUUID(),
            visitId,
            kind: form.elements.kind.value,
            kindLabel: form.elements.kind.selectedOptions[0].text,
            sector: form.elements.sector.value,
            sectorLabel: form.elements.sector.selectedOptions[0].text,
            text: text.value.trim(),
            themeIds: themes.map(box => box.value),
            themeNames: themes.map(box => box.labels[0]?.textContent ?? box.value),
            loggedAt: new Date().toISOString(),
            // two entries may be logged within one millisecond; this keeps them in the order they were logged
            order: performance.timeOrigin + performance.now(),
            recorded: false,
            tagged: false,
            state: 'unsynced',
        };
        if (!entry.text) {
            text.focus();
            return;
        }
        if (contributor || form.elements.personalText.checked) {
            await logPersonal({...entry, contributor, personalText: form.elements.personalText.checked}, themes);
            return;
        }
        text.value = '';
        themes.forEach(box => box.checked = false);
        clearSuggestions();
        text.focus();
        await keep(entry);
        inTurn(entry, show(entry));
    });
    form.addEventListener('change', event => {
        if (event.target.name === 'personalText' && event.target.checked) {
            clearSuggestions();
        } else if (event.target.name === 'personalText') {
            suggestSoon();
        }
        if (event.target.name === 'themeIds') {
            form.querySelector(`button[data-theme="${CSS.escape(event.target.value)}"]`)
                ?.setAttribute('aria-pressed', String(event.target.checked));
        }
    });
    form.addEventListener('click', event => {
        const suggestion = event.target.closest('button[data-theme]');
        if (suggestion) {
            const box = document.getElementById(`theme-${suggestion.dataset.theme}`);
            if (box) {
                box.checked = !box.checked;
                suggestion.setAttribute('aria-pressed', String(box.checked));
            }
        }
    });
}

/** The contributor's details typed into the form, or null when none was. */
function contributorGiven() {
    const detail = name => form.elements[`contributor.${name}`].value.trim() || null;
    const contributor = {name: detail('name'), email: detail('email'), organisation: detail('organisation'),
                         consent: form.elements['contributor.consent'].checked};
    return contributor.name || contributor.email || contributor.organisation ? contributor : null;
}

/**
 * Sends an entry with personal data at once, never keeping it: without a connection, or with a refusal, everything
 * typed stays in the form. Once recorded it is listed, and only its tags, if any, may wait on the device.
 */
async function logPersonal(entry, themes) {
    clearProblems(form);
    if (!navigator.onLine) {
        status(form, labels.personalOffline, true);
        return;
    }
    status(form, labels.saving);
    const response = await put(contributionUrl(entry), recording(entry));
    if (!response?.ok) {
        if (response && refusal(response.status)) {
            form.querySelector('#contributor').open = Boolean(entry.contributor);
            showProblem(form, {ok: false, status: response.status,
                               problem: await response.json().catch(() => ({}))});
        } else {
            status(form, labels.personalOffline, true);
        }
        return;
    }
    entry.recorded = true;
    status(form, labels.saved);
    for (const field of form.querySelectorAll('#contributor input, #personal-text, #text')) {
        if (field.type === 'checkbox') {
            field.checked = false;
        } else {
            field.value = '';
        }
    }
    form.querySelector('#contributor').open = false;
    themes.forEach(box => box.checked = false);
    clearSuggestions();
    form.elements.text.focus();
    const item = show(entry);
    await keep(entry);
    inTurn(entry, item);
}

window.addEventListener('online', sendWaiting);
setInterval(sendWaiting, RETRY_EVERY_MS);
resume();

/**
 * Shows what this device kept for the visit. An entry is forgotten once the page, as the server renders it, lists
 * it and nothing of it waits: until then it is shown from here, also when the page itself came from the offline copy.
 */
async function resume() {
    const kept = (await keptFor(visitId)).sort((a, b) => a.loggedAt.localeCompare(b.loggedAt)
                                                          || (a.order ?? 0) - (b.order ?? 0));
    for (const entry of kept) {
        const listed = document.getElementById(`contribution-${entry.id}`);
        if (listed && (entry.state === 'saved' || !waitsForTags(entry))) {
            await forget(entry.id);
        } else if (listed && entry.state === 'refused') {
            setState(listed, 'refused', `${labels.tagRefused}: ${entry.reason}`);
        } else if (listed) {
            entry.recorded = true;
            inTurn(entry, listed);
        } else {
            const item = show(entry);
            if (entry.state === 'refused') {
                setState(item, 'refused', `${labels.refused}: ${entry.reason}`);
            } else if (entry.state === 'saved') {
                setState(item, 'saved', labels.saved);
            } else {
                inTurn(entry, item);
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
            inTurn(kept.get(item.id), item);
        }
    }
}

let sending = Promise.resolve();

/** Entries are sent one at a time, in the order logged, so that the server records them in that order. */
function inTurn(entry, item) {
    sending = sending.then(() => send(entry, item), () => send(entry, item));
    return sending;
}

const waitsForTags = entry => (entry.themeIds ?? []).length > 0 && !entry.tagged;

function contributionUrl(entry) {
    return `/api/visits/${encodeURIComponent(visitId)}/contributions/${encodeURIComponent(entry.id)}`;
}

function recording(entry) {
    return {kind: entry.kind, text: entry.text, sector: entry.sector, loggedAt: entry.loggedAt,
            contributor: entry.contributor ?? null, personalText: Boolean(entry.personalText)};
}

async function send(entry, item) {
    setState(item, 'saving', labels.saving);
    const contribution = contributionUrl(entry);
    if (!entry.recorded) {
        const recorded = await put(contribution, recording(entry));
        if (!await settled(recorded, entry, item, labels.refused)) {
            return;
        }
        entry.recorded = true;
        await keep(entry);
    }
    if (waitsForTags(entry)) {
        const tagging = await put(`${contribution}/themes`, {themeIds: entry.themeIds});
        if (!await settled(tagging, entry, item, labels.tagRefused)) {
            return;
        }
        entry.tagged = true;
    }
    entry.state = 'saved';
    await keep(entry);
    setState(item, 'saved', labels.saved);
    item.dataset.themes = (entry.themeIds ?? []).join(' ');
    item.dispatchEvent(new CustomEvent('nyskapa:entry-saved', {bubbles: true}));
}

/**
 * null when there was no answer; the response otherwise. On a poor connection a request can hang instead of failing,
 * and entries are sent one after another: one that has no answer in time is given up and sent again later.
 */
async function put(url, body) {
    try {
        return await fetch(url, {
            method: 'PUT',
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json', ...csrfHeader()},
            body: JSON.stringify(body),
            signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
        });
    } catch (unreachable) {
        return null;
    }
}

/** Whether the step was accepted; a refusal is kept with the server's reason, anything else waits for a retry. */
async function settled(response, entry, item, refusedLabel) {
    if (response?.ok) {
        return true;
    }
    if (response && refusal(response.status)) {
        const problem = await response.json().catch(() => ({}));
        entry.state = 'refused';
        entry.reason = problem.detail ?? String(response.status);
        await keep(entry);
        setState(item, 'refused', `${refusedLabel}: ${entry.reason}`);
    } else {
        setState(item, 'unsynced', labels.unsynced);
    }
    return false;
}

/**
 * The server said no to the entry itself. An expired login (401, 403: the entries wait for a new login), a server in
 * trouble or one that is overloaded is not a refusal: the entry waits and is sent again.
 */
function refusal(status) {
    return status >= 400 && status < 500 && ![401, 403, 408, 429].includes(status);
}

function show(entry) {
    const item = entryTemplate.content.firstElementChild.cloneNode(true);
    item.id = `contribution-${entry.id}`;
    item.dataset.id = entry.id;
    item.querySelector('.log__kind').textContent = entry.kindLabel;
    item.querySelector('.log__sector').textContent = entry.sectorLabel;
    item.dataset.personalText = String(Boolean(entry.personalText));
    // a kept entry with personal data has left it behind: the page shows it once it reads it from the server
    item.querySelector('.log__text').textContent = entry.personal && !entry.text ? labels.personalHidden : entry.text;
    if (entry.contributor || entry.personal) {
        const who = item.querySelector('.log__contributor');
        who.hidden = !entry.contributor;
        who.querySelector('.log__who').textContent = [entry.contributor?.name, entry.contributor?.organisation,
                                                      entry.contributor?.email].filter(Boolean).join(', ');
    }
    const themes = item.querySelector('.log__themes');
    for (const name of entry.themeNames ?? []) {
        const theme = document.createElement('li');
        theme.textContent = name;
        themes.append(theme);
    }
    const logged = item.querySelector('.log__logged-at');
    logged.dateTime = entry.loggedAt;
    logged.textContent = timeFormat.format(new Date(entry.loggedAt));
    list.append(item);
    return item;
}

function setState(item, state, label) {
    item.dataset.state = state;
    item.querySelector('.log__state').textContent = label;
    if (state === 'refused' && !item.querySelector('.log__dismiss')) {
        const dismiss = document.createElement('button');
        dismiss.className = 'log__dismiss';
        dismiss.type = 'button';
        dismiss.textContent = labels.dismiss;
        dismiss.addEventListener('click', async () => {
            await forget(item.dataset.id);
            if (!item.querySelector('.log__received')) {
                item.remove();
            } else {
                dismiss.remove();
            }
            form?.elements.text.focus();
        });
        item.append(dismiss);
    }
}

let suggestTimer = null;
let suggestRound = 0;

/** Suggested themes follow the text as it is typed, once typing pauses; without a connection there are none. */
function suggestSoon() {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, SUGGEST_AFTER_MS);
}

async function suggest() {
    const words = form.elements.text.value.trim();
    const round = ++suggestRound;
    // a text marked personal is not sent anywhere before it is sealed, not even for suggestions
    if (words.length < 3 || form.elements.personalText.checked) {
        clearSuggestions();
        return;
    }
    let suggestions;
    try {
        const response = await fetch(`/api/themes/suggestions?text=${encodeURIComponent(words)}`,
                                     {headers: {Accept: 'application/json'}});
        suggestions = response.ok ? (await response.json()).suggestions : [];
    } catch (unreachable) {
        suggestions = [];
    }
    if (round !== suggestRound) {
        return;
    }
    const shown = suggestions.filter(s => document.getElementById(`theme-${s.themeId}`)).slice(0, SUGGESTIONS_SHOWN);
    const target = document.getElementById('suggestions');
    target.replaceChildren(...shown.map(suggestion => {
        const box = document.getElementById(`theme-${suggestion.themeId}`);
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'suggestion';
        button.dataset.theme = suggestion.themeId;
        button.setAttribute('aria-pressed', String(box.checked));
        button.textContent = suggestion.name;
        const item = document.createElement('li');
        item.append(button);
        return item;
    }));
    document.getElementById('suggestions-label').hidden = shown.length === 0;
}

function clearSuggestions() {
    suggestRound++;
    document.getElementById('suggestions').replaceChildren();
    document.getElementById('suggestions-label').hidden = true;
}
