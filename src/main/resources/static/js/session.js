// The login token lives in sessionStorage only: it dies with the tab, is never written to localStorage, and never
// goes into a URL (every request carries it in the Authorization header).
const TOKEN = 'healthsync.token';
const NOTICE = 'healthsync.notice';

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(accessToken) {
  sessionStorage.setItem(TOKEN, accessToken);
}

export function signOut(notice) {
  sessionStorage.removeItem(TOKEN);
  if (notice) {
    sessionStorage.setItem(NOTICE, notice);
  }
}

/** The message the sign-in page shows once (e.g. why the session ended). */
export function takeNotice() {
  const notice = sessionStorage.getItem(NOTICE);
  sessionStorage.removeItem(NOTICE);
  return notice;
}
