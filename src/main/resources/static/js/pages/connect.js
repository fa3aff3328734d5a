// Connect a device: what each app needs (from /api/v1/connect), a key made on the spot and shown once, and the
// bridge installations that have synced.
import { get, post } from '../api.js';
import { guarded, h, message, replace, table } from '../dom.js';
import { dateTime, number } from '../format.js';

const PLACEHOLDER = '<API key>';

export async function renderConnect(view) {
  view.append(h('h1', {}, 'Connect a device'));
  const apps = h('div', { class: 'apps' });
  const bridges = h('section', { 'aria-labelledby': 'bridges-heading' },
    h('h2', { id: 'bridges-heading' }, 'HealthSync Bridge installations'));
  view.append(apps, bridges);
  // Each part reads its own endpoint, so one that fails leaves the other on the page.
  await Promise.all([
    get('/api/v1/connect').then((connect) => replace(apps,
      h('p', {}, 'Server address: ', h('code', { id: 'server-url' }, connect.serverUrl)),
      connect.apps.map(appCard))).catch((e) => e.status !== 401 && replace(apps, message(e.message, 'error'))),
    get('/api/v1/bridge-installations').then(({ items }) => bridges.append(items.length === 0
      ? message('No bridge has synced yet.')
      : table('Installations and their last sync', ['Device', 'Model', 'System', 'App', 'Last sync', 'Batches'],
        items.map((b) => h('tr', { dataset: { device: b.deviceId } }, h('th', { scope: 'row' }, b.name || b.deviceId),
          h('td', {}, b.model || '—'), h('td', {}, b.systemVersion || '—'), h('td', {}, b.appVersion || '—'),
          h('td', {}, dateTime(b.lastSyncAt)), h('td', {}, number(b.batches)))), { id: 'bridges-table' })))
      .catch((e) => e.status !== 401 && bridges.append(message(e.message, 'error'))),
  ]);
}

function appCard(app) {
  /** Every header value and setting that holds the key's placeholder, filled in once a key is made. */
  const templated = [];
  const holding = (text) => {
    const node = h('code', {}, text);
    if (text.includes(PLACEHOLDER)) {
      templated.push({ node, template: text });
    }
    return node;
  };
  const status = h('div');
  const created = h('div', { class: 'new-key', 'aria-live': 'polite' });
  const create = h('button', { type: 'button', class: 'primary', id: `create-key-${app.id}` }, 'Create API key');
  create.addEventListener('click', guarded(status, async () => {
    const key = await post('/api/v1/api-keys', { name: app.name });
    for (const { node, template } of templated) {
      node.textContent = template.replaceAll(PLACEHOLDER, key.key);
    }
    create.disabled = true;
    replace(created, message('Copy the key now: it is shown this once.'),
      h('code', { class: 'secret', dataset: { key: 'new' } }, key.key));
  }));
  return h('article', { class: 'card app', id: `app-${app.id}`, 'aria-labelledby': `app-${app.id}-name` },
    h('h2', { id: `app-${app.id}-name` }, app.name),
    h('div', { class: 'app-body' },
      h('dl', { class: 'facts' },
        h('div', {}, h('dt', {}, 'Method'), h('dd', {}, app.method)),
        h('div', {}, h('dt', {}, 'URL'), h('dd', {}, h('code', { dataset: { field: 'url' } }, app.url))),
        app.headers.map((header) => h('div', {}, h('dt', {}, `Header ${header.name}`),
          h('dd', {}, holding(header.value)))),
        app.settings.map((s) => h('div', {}, h('dt', {}, s.label), h('dd', {}, holding(s.value))))),
      qr(app)),
    create, status, created);
}

/** Markup a QR code never needs: refused before parsing, since even a parsed, unadopted SVG fires its onload. */
const UNSAFE = /<\s*(script|foreignObject)|\son[a-z]+\s*=|href\s*=/i;

/** The server's QR code: parsed as SVG by DOMParser and adopted, so nothing is interpreted as HTML. */
function qr(app) {
  if (!app.qrSvg || UNSAFE.test(app.qrSvg)) {
    return message(`No QR code for ${app.name}: type the URL instead.`);
  }
  const parsed = new DOMParser().parseFromString(app.qrSvg, 'image/svg+xml').documentElement;
  if (parsed.namespaceURI !== 'http://www.w3.org/2000/svg' || parsed.nodeName !== 'svg') {
    return message(`No QR code for ${app.name}: type the URL instead.`);
  }
  const node = document.importNode(parsed, true);
  node.setAttribute('role', 'img');
  node.setAttribute('aria-label', `QR code for ${app.name}`);
  node.classList.add('qr');
  return node;
}
