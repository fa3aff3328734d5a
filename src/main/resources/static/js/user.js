// The signed-in user (id for the import paths, timeZone for "today"), read once per token.
import { get } from './api.js';
import { token } from './session.js';

let cached = null;

export async function me() {
  if (!cached || cached.token !== token()) {
    cached = { token: token(), user: await get('/api/v1/users/me') };
  }
  return cached.user;
}

/** Drops the cached user after a settings change, so the next page reads the new time zone. */
export function forget() {
  cached = null;
}
