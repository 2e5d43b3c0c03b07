// Writing through the command API from the analysis pages, and showing a refusal where it belongs: the server's
// problem+json names the field it refuses, and its message is shown next to that field (or under the form).

import {csrfHeader} from './csrf.js';

const WATCH_MS = 250;
const WATCH_FOR_MS = 10_000;

/** The page's texts for saving, saved and refused, from the attributes of its main element. */
export const labels = document.getElementById('main').dataset;

/** Sends a command as JSON; answers {ok, problem}. A connection that fails is a problem of its own. */
export async function send(method, url, body) {
    const request = {method, headers: {Accept: 'application/json, application/problem+json', ...csrfHeader()}};
    if (body !== undefined) {
        request.headers['Content-Type'] = 'application/json';
        request.body = JSON.stringify(body);
    }
    try {
        const response = await fetch(url, request);
        if (response.ok) {
            return {ok: true};
        }
        const problem = await response.json().catch(() => ({}));
        return {ok: false, problem: {...problem, detail: problem.detail ?? String(response.status)}};
    } catch (unreachable) {
        return {ok: false, problem: {detail: unreachable.message}};
    }
}

export function clearProblems(form) {
    form.querySelectorAll('[data-problem-for]').forEach(slot => { slot.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(field => field.removeAttribute('aria-invalid'));
}

/** Shows each of the problem's errors next to the field it names, and focuses the first such field. */
export function showProblems(form, problem) {
    const errors = Array.isArray(problem.errors) && problem.errors.length > 0
        ? problem.errors : [{field: '*', message: problem.detail}];
    let first = null;
    for (const error of errors) {
        const slot = form.querySelector(`[data-problem-for="${CSS.escape(error.field ?? '*')}"]`)
            ?? form.querySelector('[data-problem-for="*"]');
        slot.textContent = `${labels.refused}: ${error.message}`;
        const field = form.elements.namedItem(error.field ?? '');
        if (field instanceof HTMLElement) {
            field.setAttribute('aria-invalid', 'true');
            first ??= field;
        }
    }
    first?.focus();
}

export function status(form, text) {
    const slot = form.querySelector('[data-problem-for="*"]');
    if (slot) {
        slot.textContent = text;
    }
}

/** What a read answers now, to tell later when a command's effect has reached it. */
export async function snapshot(url) {
    try {
        const response = await fetch(url, {headers: {Accept: 'application/json'}, cache: 'no-store'});
        return `${response.status} ${await response.text()}`;
    } catch {
        return null;
    }
}

/**
 * Waits until the read answers something else than it did before the command: the projections apply a command's
 * events a moment after the command was accepted. Gives up after a while; the page then shows what there is.
 */
export async function changed(url, before) {
    const until = Date.now() + WATCH_FOR_MS;
    while (Date.now() < until) {
        if (await snapshot(url) !== before) {
            return true;
        }
        await new Promise(resolve => setTimeout(resolve, WATCH_MS));
    }
    return false;
}
