// The exports page: a download that shows its progress. The export is fetched as a stream; the server says up front
// how many contributions to expect (X-Total-Count), and the rows are counted as they arrive (in CSV a line break
// inside a quoted field is not a row's end). The file is then saved under the server's fixed name. Without
// JavaScript the form downloads the same file directly.

const form = document.querySelector('.export-form');
const panel = document.querySelector('.export-progress');
const bar = document.getElementById('export-progress');
const status = document.getElementById('export-status');

function say(template, ...values) {
    status.textContent = values.reduce((text, value, i) => text.replaceAll(`{${i}}`, value), template);
}

function fileName(response, fallback) {
    const disposition = response.headers.get('Content-Disposition') || '';
    const match = disposition.match(/filename="([^"]+)"/);
    return match ? match[1] : fallback;
}

async function download(url, buttons) {
    const csv = url.pathname.endsWith('.csv');
    const numbers = new Intl.NumberFormat(document.documentElement.lang);
    panel.hidden = false;
    bar.removeAttribute('value');
    buttons.forEach(button => button.disabled = true);
    try {
        const response = await fetch(url, {credentials: 'same-origin'});
        if (!response.ok) {
            const problem = await response.json().catch(() => ({}));
            say(form.dataset.failedText, problem.detail || response.status);
            return;
        }
        const total = Number(response.headers.get('X-Total-Count')) || 0;
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        const chunks = [];
        let lines = 0;
        let quoted = false;
        for (;;) {
            const {done, value} = await reader.read();
            if (done) {
                break;
            }
            chunks.push(value);
            for (const character of decoder.decode(value, {stream: true})) {
                if (csv && character === '"') {
                    quoted = !quoted;
                } else if (character === '\n' && !quoted) {
                    lines++;
                }
            }
            const rows = csv ? Math.max(0, lines - 1) : lines;
            bar.max = Math.max(total, rows, 1);
            bar.value = rows;
            say(form.dataset.totalText, numbers.format(rows), numbers.format(Math.max(total, rows)));
        }
        const rows = csv ? Math.max(0, lines - 1) : lines;
        bar.max = Math.max(rows, 1);
        bar.value = bar.max;
        say(form.dataset.doneText, numbers.format(rows));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob(chunks, {type: response.headers.get('Content-Type') || ''}));
        link.download = fileName(response, csv ? 'nyskapa-inspel.csv' : 'nyskapa-inspel.json');
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch {
        say(form.dataset.failedText, '');
    } finally {
        buttons.forEach(button => button.disabled = false);
    }
}

if (form && panel && bar && status && 'ReadableStream' in window) {
    form.addEventListener('submit', event => {
        event.preventDefault();
        const url = new URL(event.submitter?.formAction || form.action, location.href);
        for (const [name, value] of new FormData(form)) {
            if (value) {
                url.searchParams.set(name, value);
            }
        }
        download(url, [...form.querySelectorAll('button')]);
    });
}
