import {csrfHeader} from './csrf.js';
import {renew} from '/js/live.js';

// Starts a rebuild through the administration API. The table follows the projections' batches through live.js, and
// while a rebuild runs it is also renewed every second: the moment a rebuild ends is not a batch of its own.
const POLL_MS = 1000;

// A module has no document.currentScript: its texts are found on its own element.
const script = document.querySelector('script[src$="admin-projections.js"]');
const status = document.getElementById('rebuild-status');
const table = document.getElementById('projections');
let polling = false;

function rebuilding() {
    return table.querySelector('tr[data-state="REBUILDING"]') !== null
        || table.querySelector('button.rebuild:disabled') !== null;
}

async function pollWhileRebuilding() {
    if (polling) {
        return;
    }
    polling = true;
    while (rebuilding()) {
        await new Promise(resolve => setTimeout(resolve, POLL_MS));
        await renew([table]);
    }
    polling = false;
}

document.addEventListener('click', async event => {
    const button = event.target.closest('button.rebuild');
    if (!button) {
        return;
    }
    const name = button.dataset.projection;
    button.disabled = true;
    // A disabled button cannot hold the focus, and the table is renewed under it: the focus goes to what is said.
    status.focus();
    try {
        const response = await fetch(`/api/admin/projections/${encodeURIComponent(name)}/rebuild`, {method: 'POST', headers: csrfHeader()});
        if (response.ok) {
            status.textContent = script.dataset.started.replace('{0}', name);
            pollWhileRebuilding();
        } else {
            const problem = await response.json().catch(() => ({}));
            status.textContent = script.dataset.refused.replace('{0}', name) + ' ' + (problem.detail ?? response.status);
            button.disabled = false;
        }
    } catch {
        status.textContent = script.dataset.refused.replace('{0}', name);
        button.disabled = false;
    }
});

pollWhileRebuilding();
