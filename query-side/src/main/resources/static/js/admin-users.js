import {csrfHeader} from './csrf.js';

// Each form on the users page sends one change to /api/admin/users; on success the page is drawn again from the
// server, on a refusal the server's reason is said where a screen reader hears it.

const labels = document.getElementById('main').dataset;
const status = document.getElementById('users-status');

function body(form) {
    if (form.dataset.enabled !== undefined) {
        return {enabled: form.dataset.enabled === 'true'};
    }
    const data = {};
    for (const field of form.querySelectorAll('input[name]:not([type=checkbox])')) {
        data[field.name] = field.value;
    }
    if (form.querySelector('input[type=checkbox][name=roles]')) {
        data.roles = [...form.querySelectorAll('input[name=roles]:checked')].map(box => box.value);
    }
    return data;
}

for (const form of document.querySelectorAll('form.user-form')) {
    form.addEventListener('submit', async event => {
        event.preventDefault();
        const response = await fetch(form.dataset.url, {
            method: form.dataset.method,
            headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json',
                      ...csrfHeader()},
            body: JSON.stringify(body(form)),
        }).catch(() => null);
        if (response?.ok) {
            sessionStorage.setItem('users-saved', '1');
            location.reload();
            return;
        }
        const problem = await response?.json().catch(() => ({})) ?? {};
        const reason = (problem.errors ?? []).map(error => `${error.field}: ${error.message}`).join('; ')
            || problem.detail || String(response?.status ?? '');
        status.textContent = labels.refused.replace('{0}', reason);
        status.focus();
    });
}

if (sessionStorage.getItem('users-saved')) {
    sessionStorage.removeItem('users-saved');
    status.textContent = labels.saved;
}
