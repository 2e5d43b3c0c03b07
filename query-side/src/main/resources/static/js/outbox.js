// What this device has logged and the server has not yet accepted, kept in the browser's IndexedDB so that neither a
// dropped connection nor a reload loses it. Only what a contribution says goes in here: a contributor's details, and a
// text marked personal, are never kept on the device. Such an entry is sent at once (visit-log.js); once the server
// has recorded it, what may still wait (its tags) is kept without them.
const STORE = 'outbox';

const database = new Promise((resolve, reject) => {
    const opening = indexedDB.open('nyskapa', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, {keyPath: 'id'})
                                               .createIndex('visitId', 'visitId');
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
});

async function run(mode, work) {
    const db = await database;
    return new Promise((resolve, reject) => {
        const transaction = db.transaction(STORE, mode);
        const request = work(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(request.result);
        transaction.onerror = () => reject(transaction.error);
    });
}

/** Keeps the entry, or its new state, until it is forgotten; never the personal data it carries. */
export const keep = entry => run('readwrite', store => store.put(withoutPersonalData(entry)));

function withoutPersonalData({contributor, ...entry}) {
    const personal = entry.personal || entry.personalText || Boolean(contributor);
    if (personal && !entry.recorded) {
        throw new Error('an entry with personal data is sent, never kept, until the server has recorded it');
    }
    return personal ? {...entry, personal: true, text: entry.personalText ? '' : entry.text} : entry;
}

export const forget = id => run('readwrite', store => store.delete(id));

/** The entries kept for one visit, in no particular order. */
export const keptFor = visitId => run('readonly', store => store.index('visitId').getAll(visitId));
