// Every change a signed-in page sends carries the CSRF token the server left in the XSRF-TOKEN cookie, read at the
// moment of sending: an entry sent long after its page was loaded (after a new login) carries the current one.

const COOKIE = 'XSRF-TOKEN';

/** The header that proves a change comes from one of the platform's own pages; none when there is no token. */
export function csrfHeader() {
    const cookie = document.cookie.split('; ').find(pair => pair.startsWith(`${COOKIE}=`));
    return cookie ? {'X-XSRF-TOKEN': decodeURIComponent(cookie.substring(COOKIE.length + 1))} : {};
}
