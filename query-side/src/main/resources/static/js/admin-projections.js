// Starts a rebuild through the administration API; the table follows its progress through live.js.
// A module has no document.currentScript: its texts are found on its own element.
const script = document.querySelector('script[src$="admin-projections.js"]');
const status = document.getElementById('rebuild-status');

document.addEventListener('click', async event => {
    const button = event.target.closest('button.rebuild');
    if (!button) {
        return;
    }
    const name = button.dataset.projection;
    button.disabled = true;
    try {
        const response = await fetch(`/api/admin/projections/${encodeURIComponent(name)}/rebuild`, {method: 'POST'});
        if (response.ok) {
            status.textContent = script.dataset.started.replace('{0}', name);
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
