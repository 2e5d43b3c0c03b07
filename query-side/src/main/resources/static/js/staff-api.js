// Writing through the command API from the staff pages, and showing a refusal where it belongs: the server answers
// bad input with problem+json listing {field, message}; each message goes next to the field it names.

import {csrfHeader} from './csrf.js';

/**
 * Sends a command; never throws. `ok` is the server's yes, `problem` its refusal (problem+json), `unreachable` no
 * answer at all (no connection).
 */
export async function command(method, url, body) {
    let response;
    try {
        response = await fetch(url, {
            method,
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
                ...csrfHeader()},
            body: body === undefined ? undefined : JSON.stringify(body),
        });
    } catch (unreachable) {
        return {ok: false, unreachable: true};
    }
    const answer = await response.json().catch(() => ({}));
    return response.ok
        ? {ok: true, status: response.status, body: answer}
        : {ok: false, status: response.status, problem: answer};
}

/** The page's own texts for what the scripts say, kept by the server-rendered page in one hidden element. */
export const texts = () => document.getElementById('staff-texts')?.dataset ?? {};

export function clearProblems(form) {
    form.querySelectorAll('.field-error').forEach(error => {
        const field = document.getElementById(error.dataset.of);
        if (field) {
            field.removeAttribute('aria-invalid');
            const described = (field.getAttribute('aria-describedby') ?? '').split(' ')
                .filter(id => id && id !== error.id);
            if (described.length) {
                field.setAttribute('aria-describedby', described.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        }
        error.remove();
    });
    status(form, '');
}

/**
 * Shows each of the server's messages next to the field it names (`hosts[0]` and `participants.CITIZEN` are the
 * fields `hosts` and `CITIZEN`), the rest in the form's status line, and moves the focus to the first field refused.
 */
export function showProblem(form, result) {
    clearProblems(form);
    if (result.unreachable) {
        status(form, texts().offline, true);
        return;
    }
    const errors = Array.isArray(result.problem?.errors) ? result.problem.errors : [];
    const unplaced = [];
    let first = null;
    for (const error of errors) {
        const field = fieldFor(form, String(error.field ?? ''));
        if (!field) {
            unplaced.push(`${error.field}: ${error.message}`);
            continue;
        }
        const message = document.createElement('p');
        message.className = 'field-error';
        message.id = `${field.id}-error`;
        message.dataset.of = field.id;
        message.textContent = error.message;
        (field.closest('.field') ?? field.parentElement).append(message);
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby',
                           [field.getAttribute('aria-describedby'), message.id].filter(Boolean).join(' '));
        first ??= field;
    }
    if (errors.length === 0) {
        unplaced.push(result.problem?.detail ?? `${texts().failed} (${result.status})`);
    }
    status(form, unplaced.join('; '), true);
    (first ?? form.querySelector('.form-status'))?.focus?.();
}

function fieldFor(form, name) {
    const candidates = [name, name.replace(/\[\d+]$/, ''), name.split('.').pop()];
    for (const candidate of candidates) {
        const field = [...form.elements].find(element => element.name === candidate && element.id
                                                         && element.type !== 'hidden');
        if (field) {
            return field;
        }
    }
    return null;
}

export function status(form, message, problem = false) {
    const line = form.querySelector(':scope > .form-status');
    if (line) {
        line.textContent = message ?? '';
        line.classList.toggle('form-status--problem', problem && Boolean(message));
    }
}

/**
 * Waits until the read side shows what a command just did (the pages are read from projections, which follow the
 * events a moment later), so that the page opened or reloaded next shows it; gives up after a few seconds.
 */
export async function awaitRead(url, shows = () => true, timeoutMs = 8_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        try {
            const response = await fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'});
            if (response.ok && shows(await response.json())) {
                return;
            }
        } catch (unreachable) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}
