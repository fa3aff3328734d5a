// Hash routes (#/workouts/12?from=…): the server serves one page, and a reload or a bookmark lands on the same view.
// Hashes that are not routes (the skip link's #main) are left to the browser.
const routes = [];

export function route(pattern, render, { public: open = false } = {}) {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/\{(\w+)\}/g, (_, name) => {
    names.push(name);
    return '([^/?]+)';
  })}$`);
  routes.push({ regex, names, render, open });
}

/** The current route: its path, its {params} and the query after '?'. */
export function current() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [path, query = ''] = hash.split('?');
  return { path, query: new URLSearchParams(query) };
}

export function match(path) {
  for (const candidate of routes) {
    const found = candidate.regex.exec(path);
    if (found) {
      const params = Object.fromEntries(candidate.names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { ...candidate, params };
    }
  }
  return null;
}

/** Replaces the query of the current route without adding a history entry per filter change. */
export function setQuery(params) {
  const { path } = current();
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v != null)).toString();
  history.replaceState(null, '', `#${path}${query ? `?${query}` : ''}`);
}
