// The programme page's time slider: moving it (by mouse or arrow keys) shows the draft as it stood at that stop of the
// programme's history without a reload. The label follows at once; the draft is fetched once the slider rests, and
// the address changes with it, so the view can be shared or reloaded. Without JavaScript the slider's form does the
// same with a page load.

const REST_MS = 300;
const SWAPPED = ['time-status', 'draft', 'coverage', 'downloads'];

const slider = document.getElementById('moment');
const label = document.getElementById('moment-label');
const stops = [...document.querySelectorAll('.time-slider__stops li')];
const picker = document.getElementById('as-of');

let timer = null;
let latest = null;

function address(stop) {
    const url = new URL(slider.form.action, location.href);
    if (stop.dataset.at) {
        url.searchParams.set('asOf', stop.dataset.at);
    }
    return url;
}

function announce() {
    const stop = stops[Number(slider.value)];
    label.textContent = stop.textContent;
    slider.setAttribute('aria-valuetext', stop.textContent);
}

async function show() {
    const url = address(stops[Number(slider.value)]);
    latest?.abort();
    const request = new AbortController();
    latest = request;
    document.getElementById('draft')?.setAttribute('aria-busy', 'true');
    try {
        const response = await fetch(url, {headers: {Accept: 'text/html'}, signal: request.signal});
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        if (request !== latest) {
            return;
        }
        for (const id of SWAPPED) {
            const region = document.getElementById(id);
            const replacement = fresh.getElementById(id);
            if (region && replacement) {
                region.replaceChildren(...[...replacement.childNodes].map(node => document.importNode(node, true)));
            }
        }
        const freshPicker = fresh.getElementById('as-of');
        if (picker && freshPicker && document.activeElement !== picker) {
            picker.value = freshPicker.value;
        }
        history.replaceState(null, '', url);
    } catch (e) {
        if (e.name !== 'AbortError') {
            location.assign(url);
        }
    } finally {
        if (request === latest) {
            document.getElementById('draft')?.removeAttribute('aria-busy');
        }
    }
}

if (slider && label && stops.length > 0) {
    slider.addEventListener('input', () => {
        announce();
        clearTimeout(timer);
        timer = setTimeout(show, REST_MS);
    });
}
