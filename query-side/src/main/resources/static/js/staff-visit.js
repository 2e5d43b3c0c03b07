// A visit page's work besides logging: amend, re-tag or retract a logged entry in place, record who took part, and
// conclude the visit with its summary or reopen it. All of it needs the server: these are sent at once, and without
// a connection the form says so and keeps what was typed.
import {awaitRead, clearProblems, command, showProblem, status, texts} from './staff-api.js';

const list = document.getElementById('contributions');
const visit = `/api/visits/${encodeURIComponent(list.dataset.visit)}`;

showPersonalData();

/**
 * The page's HTML never holds personal data, since a copy of it is kept on the device for offline use: contributors
 * and texts marked personal are read from the API (never kept) and shown while the page is open. Without a connection
 * they stay hidden, and say so.
 */
async function showPersonalData() {
    if (!list.querySelector('[data-personal]')) {
        return;
    }
    let read;
    try {
        const response = await fetch(visit, {headers: {Accept: 'application/json'}, cache: 'no-store'});
        if (!response.ok) {
            return;
        }
        read = await response.json();
    } catch (unreachable) {
        return;
    }
    for (const contribution of read.contributions) {
        const item = document.getElementById(`contribution-${contribution.contributionId}`);
        for (const hidden of item?.querySelectorAll('[data-personal]') ?? []) {
            hidden.textContent = hidden.dataset.personal === 'text' ? contribution.text : who(contribution.contributor);
            delete hidden.dataset.personal;
        }
    }
}

function who(contributor) {
    return [contributor?.name, contributor?.organisation, contributor?.email].filter(Boolean).join(', ');
}

list.addEventListener('click', event => {
    const button = event.target.closest('.log__actions button[data-action]');
    if (button) {
        open(button.closest('.log__item'), button.dataset.action, button);
    }
    if (event.target.closest('[data-cancel]')) {
        close(event.target.closest('.log__edit'));
    }
});

list.addEventListener('keydown', event => {
    const edit = event.target.closest('.log__edit');
    if (!edit) {
        return;
    }
    if (event.key === 'Escape') {
        event.preventDefault();
        close(edit);
    } else if (event.key === 'Enter' && event.target.tagName === 'TEXTAREA' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        edit.requestSubmit();
    }
});

list.addEventListener('submit', async event => {
    const edit = event.target.closest('.log__edit');
    if (!edit) {
        return;
    }
    event.preventDefault();
    const item = edit.closest('.log__item');
    const contribution = `${visit}/contributions/${encodeURIComponent(item.dataset.id)}`;
    clearProblems(edit);
    status(edit, texts().saving);
    if (edit.dataset.action === 'amend') {
        const text = edit.elements.text.value.trim();
        const personalText = edit.elements.personalText.checked;
        if (await done(edit, await command('POST', `${contribution}/amendment`, {text, personalText}))) {
            item.querySelector('.log__text').textContent = text;
            delete item.querySelector('.log__text').dataset.personal;
            item.dataset.personalText = String(personalText);
        }
    } else if (edit.dataset.action === 'retract') {
        const reason = edit.elements.reason.value.trim();
        if (await done(edit, await command('POST', `${contribution}/retraction`, {reason}))) {
            item.classList.add('log__item--retracted');
            item.querySelector('.log__state').textContent = edit.dataset.retracted.replace('{0}', reason);
            item.querySelector('.log__actions')?.remove();
        }
    } else {
        const chosen = [...edit.querySelectorAll('input[name="themeIds"]:checked')];
        const themeIds = chosen.map(box => box.value);
        const names = chosen.map(box => box.labels[0]?.textContent ?? box.value);
        if (await done(edit, await command('PUT', `${contribution}/themes`, {themeIds}))) {
            item.dataset.themes = themeIds.join(' ');
            showThemes(item, names);
        }
    }
});

/** An entry logged on this page gets the same actions as the listed ones once the server has it. */
list.addEventListener('nyskapa:entry-saved', event => {
    const item = event.target;
    if (!item.querySelector('.log__actions') && !item.classList.contains('log__item--retracted')) {
        item.append(document.getElementById('entry-actions').content.firstElementChild.cloneNode(true));
    }
    const names = (item.dataset.themes ?? '').split(' ').filter(Boolean)
        .map(id => document.getElementById(`theme-${id}`)?.labels[0]?.textContent ?? id);
    showThemes(item, names);
});

function open(item, action, opener) {
    item.querySelector('.log__edit')?.remove();
    const edit = document.getElementById(`${action}-template`).content.firstElementChild.cloneNode(true);
    edit.dataset.retracted = list.dataset.retracted;
    // each field gets an id of its own, so that its label names it
    for (const field of edit.querySelectorAll('[data-id]')) {
        field.id = `${item.id}-${field.dataset.id}`;
    }
    for (const label of edit.querySelectorAll('label[data-for]')) {
        label.htmlFor = `${item.id}-${label.dataset.for}`;
    }
    if (action === 'amend') {
        // a personal text not read from the server (no connection) is not there to amend
        const text = item.querySelector('.log__text');
        edit.elements.text.value = text.dataset.personal ? '' : text.textContent;
        edit.elements.personalText.checked = item.dataset.personalText === 'true';
    }
    if (action === 'retag') {
        const themes = (item.dataset.themes ?? '').split(' ');
        edit.querySelectorAll('input[name="themeIds"]').forEach(box => box.checked = themes.includes(box.value));
    }
    edit.opener = opener;
    item.querySelector('.log__actions').after(edit);
    edit.querySelector('textarea, input')?.focus();
}

function close(edit) {
    const opener = edit.opener;
    edit.remove();
    opener?.focus();
}

async function done(edit, result) {
    if (!result.ok) {
        showProblem(edit, result);
        return false;
    }
    close(edit);
    return true;
}

function showThemes(item, names) {
    const themes = item.querySelector('.log__themes');
    themes.replaceChildren(...names.map(name => {
        const theme = document.createElement('li');
        theme.textContent = name;
        return theme;
    }));
}

const attendance = document.getElementById('attendance-form');
attendance?.addEventListener('submit', async event => {
    event.preventDefault();
    const participants = {};
    for (const field of attendance.querySelectorAll('input[type="number"]')) {
        participants[field.name] = field.value === '' ? 0 : Number(field.value);
    }
    clearProblems(attendance);
    status(attendance, texts().saving);
    const result = await command('PUT', `${visit}/attendance`, {participants});
    if (result.ok) {
        status(attendance, attendance.dataset.saved);
    } else {
        showProblem(attendance, result);
    }
});

const summary = document.getElementById('summary-form');
summary?.addEventListener('submit', async event => {
    event.preventDefault();
    const reflections = {};
    for (const field of summary.querySelectorAll('textarea')) {
        reflections[field.name] = field.value.trim() || null;
    }
    clearProblems(summary);
    status(summary, texts().saving);
    const result = await command('POST', `${visit}/conclusion`, reflections);
    if (result.ok) {
        await awaitRead(visit, read => read.status === 'CONCLUDED');
        location.reload();
    } else {
        showProblem(summary, result);
    }
});

const reopen = document.getElementById('reopen-form');
reopen?.addEventListener('submit', async event => {
    event.preventDefault();
    status(reopen, texts().saving);
    const result = await command('POST', `${visit}/reopening`);
    if (result.ok) {
        await awaitRead(visit, read => read.status !== 'CONCLUDED');
        location.reload();
    } else {
        showProblem(reopen, result);
    }
});
