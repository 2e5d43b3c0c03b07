// The search page's own work: a hit's themes shown anew once they are saved, and the proposal builder. Contributions
// selected as evidence are kept in the tab's sessionStorage, so the selection survives paging and new searches; the
// draft is sent with them as its evidence, under an id made here, and the proposal's page opens once it exists.
import {changed, clearProblems, labels, send, showProblems, snapshot, status} from './analysis-api.js';

const KEY = 'nyskapa.analysis.selection';
const panel = document.querySelector('.selection');
const count = document.getElementById('selection-count');
const list = document.getElementById('selection-list');
const draft = document.getElementById('draft-form');

document.addEventListener('nyskapa:saved', event => {
    const hit = event.target.closest('.hit');
    if (!hit || !event.target.closest('.tagging')) {
        return;
    }
    const names = [...event.target.querySelectorAll('input[name="themeIds"]:checked')]
        .map(box => box.labels[0].textContent);
    const shown = hit.querySelector('.hit__theme-names');
    shown.textContent = names.length > 0 ? names.join(', ') : shown.dataset.none;
});

document.addEventListener('change', event => {
    const box = event.target;
    if (!box.classList?.contains('select-hit__box')) {
        return;
    }
    const selection = selected();
    if (box.checked) {
        selection[box.dataset.contribution] = {
            visitId: box.dataset.visit, municipality: box.dataset.municipality, text: box.dataset.text,
        };
    } else {
        delete selection[box.dataset.contribution];
    }
    keep(selection);
});

document.getElementById('selection-clear').addEventListener('click', () => keep({}));

draft.addEventListener('submit', async event => {
    event.preventDefault();
    clearProblems(draft);
    const evidence = Object.keys(selected());
    if (evidence.length === 0) {
        status(draft, draft.dataset.none);
        return;
    }
    status(draft, labels.saving);
    const proposalId = newId();
    const page = `/proposals/${proposalId}`;
    const before = await snapshot(`/api${page}`);
    const result = await send('POST', '/api/proposals', {
        proposalId,
        title: draft.elements.title.value.trim(),
        description: draft.elements.description.value.trim(),
        themeId: draft.elements.themeId.value,
        evidence,
    });
    if (!result.ok) {
        status(draft, '');
        showProblems(draft, result.problem);
        return;
    }
    status(draft, labels.saved);
    keep({});
    await changed(`/api${page}`, before);
    location.assign(page);
});

show();

function selected() {
    try {
        return JSON.parse(sessionStorage.getItem(KEY)) ?? {};
    } catch {
        return {};
    }
}

function keep(selection) {
    sessionStorage.setItem(KEY, JSON.stringify(selection));
    show();
}

function show() {
    const selection = selected();
    const ids = Object.keys(selection);
    count.textContent = ids.length === 0 ? panel.dataset.empty : count.dataset.template.replace('{0}', ids.length);
    list.replaceChildren(...ids.map(id => {
        const item = document.createElement('li');
        const text = document.createElement('span');
        text.textContent = `${selection[id].text} (${selection[id].municipality})`;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'secondary small';
        remove.textContent = panel.dataset.remove;
        remove.setAttribute('aria-label', `${panel.dataset.remove}: ${selection[id].text}`);
        remove.addEventListener('click', () => {
            const now = selected();
            delete now[id];
            keep(now);
            count.focus();
        });
        item.append(text, ' ', remove);
        return item;
    }));
    document.querySelectorAll('.select-hit__box').forEach(box => {
        box.checked = box.dataset.contribution in selection;
    });
}

/** An id of the API's form (letters, digits, '-'), random enough that two analysts never pick the same. */
function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return 'p-' + [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
}
