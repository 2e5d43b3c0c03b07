// The analysis pages' small forms. A form with data-api is sent as JSON to that command endpoint with data-method;
// its named fields are the body (data-arrays: checkbox groups sent as lists, data-numbers: sent as numbers). With
// data-watch the page is rendered again once that read shows the change; without, the form says it saved and
// dispatches nyskapa:saved for the page's own script. Listening on the document keeps forms inside live regions
// working after a swap.
import {changed, clearProblems, labels, send, showProblems, snapshot, status} from './analysis-api.js';

document.addEventListener('submit', async event => {
    const form = event.target.closest('form[data-api]');
    if (!form) {
        return;
    }
    event.preventDefault();
    if (form.dataset.busy) {
        return;
    }
    form.dataset.busy = 'true';
    try {
        await submit(form);
    } finally {
        delete form.dataset.busy;
    }
});

async function submit(form) {
    clearProblems(form);
    status(form, labels.saving);
    const watch = form.dataset.watch;
    const before = watch ? await snapshot(watch) : null;
    const body = bodyOf(form);
    const result = await send(form.dataset.method ?? 'POST', form.dataset.api, body);
    if (!result.ok) {
        status(form, '');
        showProblems(form, result.problem);
        return;
    }
    status(form, labels.saved);
    form.dispatchEvent(new CustomEvent('nyskapa:saved', {bubbles: true, detail: body}));
    if (watch) {
        await changed(watch, before);
        location.reload();
    }
}

function bodyOf(form) {
    const arrays = words(form.dataset.arrays);
    const numbers = words(form.dataset.numbers);
    const body = Object.fromEntries(arrays.map(name => [name, []]));
    for (const field of form.elements) {
        if (!field.name || field.disabled || field instanceof HTMLButtonElement || field instanceof HTMLFieldSetElement) {
            continue;
        }
        if (arrays.includes(field.name)) {
            if (field.checked) {
                body[field.name].push(field.value);
            }
        } else if (numbers.includes(field.name)) {
            body[field.name] = Number(field.value);
        } else {
            body[field.name] = field.value.trim();
        }
    }
    return Object.keys(body).length === 0 ? undefined : body;
}

function words(value) {
    return (value ?? '').split(/\s+/).filter(Boolean);
}
