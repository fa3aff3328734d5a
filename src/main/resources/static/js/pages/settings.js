// Settings: API keys, the time zone, source priority per type (with the day's total before and after a save),
// and the password.
import { del, get, post, put } from '../api.js';
import { addDays, dayOf } from '../days.js';
import { field, guarded, h, message, replace, select, table } from '../dom.js';
import { dateTime, number, typeName } from '../format.js';
import { forget, me } from '../user.js';

export async function renderSettings(view) {
  const [user, keys, types, priority] = await Promise.all([me(), get('/api/v1/api-keys'), get('/api/v1/types'),
    get('/api/v1/source-priority')]);
  view.append(h('h1', {}, 'Settings'), keySection(keys), timeZoneSection(user), prioritySection(types, priority),
    passwordSection());
}

function keySection(initial) {
  const list = h('div');
  const status = h('div');
  const created = h('div', { 'aria-live': 'polite' });
  const name = h('input', { type: 'text', id: 'key-name', required: true, maxlength: 100 });
  const show = (keys) => replace(list, table('Your API keys', ['Name', 'Prefix', 'Created', 'Last used', 'State', ''],
    keys.map((k) => h('tr', { dataset: { key: k.id } },
      h('th', { scope: 'row' }, k.name), h('td', {}, h('code', {}, k.prefix)),
      h('td', {}, dateTime(k.created_at)), h('td', {}, dateTime(k.last_used_at)),
      h('td', { dataset: { state: k.revoked_at ? 'revoked' : 'active' } },
        k.revoked_at ? `revoked ${dateTime(k.revoked_at)}` : 'active'),
      h('td', {}, !k.revoked_at && h('button', { type: 'button', class: 'small danger',
        'aria-label': `Revoke ${k.name}`,
        onclick: guarded(status, async () => {
          await del(`/api/v1/api-keys/${k.id}`);
          // A key just shown may be the one revoked: it is of no use to copy any more.
          replace(created);
          show(await get('/api/v1/api-keys'));
        }) }, 'Revoke')))), { id: 'keys-table' }));
  const form = h('form', { class: 'toolbar', id: 'key-form' }, field('New key name', name),
    h('button', { type: 'submit', class: 'primary' }, 'Create key'));
  form.addEventListener('submit', guarded(status, async () => {
    const key = await post('/api/v1/api-keys', { name: name.value.trim() });
    name.value = '';
    const copy = h('button', { type: 'button', class: 'small' }, 'Copy');
    copy.addEventListener('click', guarded(status, async () => {
      await navigator.clipboard.writeText(key.key);
      copy.textContent = 'Copied';
    }));
    replace(created, message(`Key "${key.name}" created. Copy it now: it is shown this once.`),
      h('p', {}, h('code', { class: 'secret', id: 'new-key' }, key.key), ' ', copy));
    show(await get('/api/v1/api-keys'));
  }));
  show(initial);
  return h('section', { class: 'card', 'aria-labelledby': 'keys-heading' }, h('h2', { id: 'keys-heading' }, 'API keys'),
    form, status, created, list);
}

function timeZoneSection(user) {
  const zones = Intl.supportedValuesOf('timeZone');
  const current = user.settings?.timeZone || '';
  const zone = select([['', 'Not set (each sample’s own zone, else UTC)'], ...zones.map((z) => [z, z])], current,
    { id: 'time-zone' });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'toolbar', id: 'zone-form' }, field('Time zone', zone),
    h('button', { type: 'submit' }, 'Save time zone'));
  form.addEventListener('submit', guarded(status, async () => {
    await put('/api/v1/users/me/settings', { timeZone: zone.value || null });
    forget();
    replace(status, message('Time zone saved.'));
  }));
  return h('section', { class: 'card', 'aria-labelledby': 'zone-heading' },
    h('h2', { id: 'zone-heading' }, 'Time zone'), form, status);
}

/**
 * One type's ranking: its own order if set, else the global one, then its other sources in the server's default
 * order (as /types lists them), reordered with up/down buttons.
 */
function prioritySection(types, priority) {
  const ranked = types.filter((t) => t.sources.length > 1);
  const section = h('section', { class: 'card', 'aria-labelledby': 'priority-heading' },
    h('h2', { id: 'priority-heading' }, 'Source priority'));
  if (ranked.length === 0) {
    section.append(message('Every type has a single source: there is nothing to rank.'));
    return section;
  }
  const typePicker = select(ranked.map((t) => [t.type, typeName(t.type)]), ranked[0].type, { id: 'priority-type' });
  const day = h('input', { type: 'date', id: 'priority-day' });
  const list = h('ol', { class: 'ranking', id: 'priority-list' });
  const total = h('p', { id: 'priority-total', 'aria-live': 'polite' });
  const status = h('div');
  let order = [];

  const totalOf = async () => {
    const series = await get(`/api/v1/series/${encodeURIComponent(typePicker.value)}`,
      { from: day.value, to: addDays(day.value, 1), bucket: 'day' });
    return series.buckets[0]?.value ?? null;
  };
  const showTotal = async (before) => {
    const now = await totalOf();
    total.dataset.value = now ?? '';
    total.textContent = before === undefined ? `Total on ${day.value}: ${number(now, 2)}`
      : `Total on ${day.value}: ${number(before, 2)} before, ${number(now, 2)} now`;
  };
  const drawList = () => replace(list, order.map((source, i) => h('li', { dataset: { source } },
    h('span', { class: 'rank' }, `${i + 1}.`), h('span', { class: 'source-name' }, source),
    h('button', { type: 'button', class: 'small', disabled: i === 0, 'aria-label': `Move ${source} up`,
      onclick: () => move(i, -1) }, '↑'),
    h('button', { type: 'button', class: 'small', disabled: i === order.length - 1,
      'aria-label': `Move ${source} down`, onclick: () => move(i, 1) }, '↓'))));
  const move = (i, step) => {
    [order[i], order[i + step]] = [order[i + step], order[i]];
    drawList();
    list.querySelectorAll('li')[i + step].querySelector(`button:not([disabled])`)?.focus();
  };
  const pick = guarded(status, async () => {
    const type = ranked.find((t) => t.type === typePicker.value);
    const preferred = priority.types?.[type.type] || priority.order || [];
    order = [...preferred.filter((s) => type.sources.includes(s)),
      ...type.sources.filter((s) => !preferred.includes(s))];
    day.value = dayOf(type.last);
    drawList();
    await showTotal();
  });
  typePicker.addEventListener('change', pick);
  day.addEventListener('change', guarded(status, () => showTotal()));
  const save = h('button', { type: 'button', class: 'primary', id: 'save-priority' }, 'Save order');
  save.addEventListener('click', guarded(status, async () => {
    const before = await totalOf();
    priority = await put('/api/v1/source-priority', { order: priority.order || [],
      types: { ...(priority.types || {}), [typePicker.value]: order } });
    await showTotal(before);
    replace(status, message('Order saved.'));
  }));
  section.append(h('div', { class: 'toolbar' }, field('Type', typePicker), field('Day', day)), list,
    h('div', { class: 'toolbar' }, save), total, status);
  pick();
  return section;
}

function passwordSection() {
  const current = h('input', { type: 'password', id: 'current-password', autocomplete: 'current-password',
    required: true });
  const next = h('input', { type: 'password', id: 'new-password', autocomplete: 'new-password', required: true,
    minlength: 8 });
  const status = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'password-form' }, field('Current password', current), field('New password', next),
    h('button', { type: 'submit' }, 'Change password'));
  form.addEventListener('submit', guarded(status, async () => {
    await put('/api/v1/users/me/password', { currentPassword: current.value, newPassword: next.value });
    current.value = '';
    next.value = '';
    replace(status, message('Password changed.'));
  }));
  return h('section', { class: 'card', 'aria-labelledby': 'password-heading' },
    h('h2', { id: 'password-heading' }, 'Password'), form, status);
}
