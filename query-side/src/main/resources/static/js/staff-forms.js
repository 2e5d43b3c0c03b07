// The staff forms that create something (a tour, a visit) and then go to its page. The id is made here, readable and
// unique, and kept while the form is unchanged, so that sending again after a lost answer creates nothing twice.
import {awaitRead, clearProblems, command, showProblem, status, texts} from './staff-api.js';

for (const form of document.querySelectorAll('form[data-api]')) {
    form.addEventListener('input', () => delete form.dataset.pendingId);
    form.addEventListener('submit', async event => {
        event.preventDefault();
        clearProblems(form);
        const body = bodyOf(form);
        const id = form.dataset.pendingId ?? idFrom(form);
        form.dataset.pendingId = id;
        body[form.dataset.idField] = id;
        status(form, texts().saving);
        const result = await command('POST', form.dataset.api, body);
        if (result.ok) {
            const created = encodeURIComponent(result.body.id ?? id);
            await awaitRead(`/api${form.dataset.go.replace('{id}', created)}`);
            location.assign(form.dataset.go.replace('{id}', created));
        } else {
            showProblem(form, result);
        }
    });
}

/** The form's fields as the API names them; an empty date is left out, a list field split at its separator. */
function bodyOf(form) {
    const body = {};
    for (const field of form.elements) {
        if (!field.name || field.type === 'submit' || field.type === 'button') {
            continue;
        }
        if (field.dataset.list) {
            body[field.name] = field.value.split(field.dataset.list).map(part => part.trim()).filter(Boolean);
        } else if (field.type === 'date' && !field.value) {
            body[field.name] = null;
        } else {
            body[field.name] = field.value.trim();
        }
    }
    return body;
}

/** e.g. "are-2015-11-16-k3x9": the words the form names (a select by its shown text), and four random characters. */
function idFrom(form) {
    const words = form.dataset.idFrom.split(' ').map(name => {
        const field = form.elements[name];
        return field.selectedOptions ? field.selectedOptions[0]?.text ?? '' : field.value;
    });
    const slug = words.join('-').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
        .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').substring(0, 50).replace(/-+$/, '');
    const random = crypto.randomUUID().replace(/-/g, '').substring(0, 4);
    return slug ? `${slug}-${random}` : random;
}
