// One place that talks to the server: adds the credential, turns problem+json errors into ApiError, and sends any
// 401 back to the sign-in page. Every URL is relative, so no request leaves the server's origin.
import { token, signOut } from './session.js';

const EXPIRED = 'Your session has expired, please sign in again';

class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Builds "path?a=1&b=2", leaving out parameters that are null, undefined or ''. */
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(name, value);
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function send(path, { method = 'GET', body, headers = {}, auth = true } = {}) {
  const all = { Accept: 'application/json, application/problem+json', ...headers };
  const credential = token();
  if (auth && credential) {
    all.Authorization = `Bearer ${credential}`;
  }
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof URLSearchParams)) {
    all['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const response = await fetch(path, { method, headers: all, body: payload, credentials: 'omit' });
  if (response.status === 401 && auth) {
    signOut(EXPIRED);
    location.hash = '#/signin';
    throw new ApiError(401, { detail: EXPIRED });
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** GET/POST/PUT/DELETE answering JSON (or null for 204). */
export async function request(path, options) {
  const response = await send(path, options);
  return response.status === 204 ? null : response.json();
}

export const get = (path, params) => request(url(path, params));
export const post = (path, body) => request(path, { method: 'POST', body });
export const put = (path, body) => request(path, { method: 'PUT', body });
export const del = (path) => request(path, { method: 'DELETE' });

/** The login form is the one request without a credential; a wrong password is an error, not an expiry. */
export async function login(username, password) {
  const body = new URLSearchParams({ username, password });
  return request('/api/v1/auth/login', { method: 'POST', body, auth: false });
}

/**
 * Downloads a file with the Authorization header, then hands the browser a Blob URL: a link with the token in its
 * query string would leak it into history and logs.
 */
export async function download(path, params, fallbackName) {
  const response = await send(url(path, params), { headers: { Accept: '*/*' } });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] || fallbackName;
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download synchronously; the URL is not needed past this task.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
  return name;
}
