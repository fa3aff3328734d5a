// Sleep: the nights of /api/v1/sleep (totals as the server merged them), each drawn as a stage timeline from the
// sleep samples of the sources that won that night.
import { get } from '../api.js';
import { addDays, dayOf, isDay, today } from '../days.js';
import { field, h, message, select } from '../dom.js';
import { minutes, time } from '../format.js';
import { me } from '../user.js';

const SLEEP = 'HKCategoryTypeIdentifierSleepAnalysis';
const VIEWS = { week: 7, month: 30 };
/** Timeline rows top to bottom, as the Health app draws them. */
const STAGES = [
  ['awake', 'Awake', ['HKCategoryValueSleepAnalysisAwake']],
  ['rem', 'REM', ['HKCategoryValueSleepAnalysisAsleepREM']],
  ['core', 'Core', ['HKCategoryValueSleepAnalysisAsleepCore', 'HKCategoryValueSleepAnalysisAsleepUnspecified']],
  ['deep', 'Deep', ['HKCategoryValueSleepAnalysisAsleepDeep']],
];
const PAGES = 5;

export async function renderSleep(view, { query }) {
  const [user, types] = await Promise.all([me(), get('/api/v1/types')]);
  const latest = types.find((t) => t.type === SLEEP)?.last;
  const end = isDay(query.get('end')) ? query.get('end') : latest ? dayOf(latest) : today(user.settings?.timeZone);
  const mode = VIEWS[query.get('view')] ? query.get('view') : 'week';
  const { nights } = await get('/api/v1/sleep', { from: addDays(end, 1 - VIEWS[mode]), to: addDays(end, 1) });
  const samples = nights.length ? await sleepSamples(nights) : [];

  const modePicker = select([['week', 'Week'], ['month', 'Month']], mode, { id: 'sleep-view' });
  const endPicker = h('input', { type: 'date', value: end, id: 'sleep-end' });
  const go = () => {
    location.hash = `#/sleep?view=${modePicker.value}&end=${isDay(endPicker.value) ? endPicker.value : end}`;
  };
  modePicker.addEventListener('change', go);
  endPicker.addEventListener('change', go);
  view.append(h('h1', {}, 'Sleep'),
    h('div', { class: 'toolbar' }, field('View', modePicker), field('Last night shown', endPicker)),
    nights.length === 0 ? message('No sleep recorded in these days.')
      : h('ol', { class: 'nights', id: 'nights' }, nights.slice().reverse().map((n) => night(n, samples))),
    h('ul', { class: 'legend', 'aria-label': 'Stages' },
      STAGES.map(([key, label]) => h('li', {}, h('span', { class: `swatch stage-${key}` }), label))));
}

/** The sleep samples from the first bedtime to the last wake time (a few pages at most for a month). */
async function sleepSamples(nights) {
  const from = nights.map((n) => n.bedtime).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  const to = new Date(Math.max(...nights.map((n) => Date.parse(n.wakeTime))) + 1000).toISOString();
  const items = [];
  let cursor = null;
  for (let page = 0; page < PAGES; page++) {
    const answer = await get('/api/v1/samples', { type: SLEEP, from, to, limit: 10000, cursor });
    items.push(...answer.items);
    cursor = answer.next_cursor;
    if (!cursor) {
      break;
    }
  }
  return items;
}

function night(n, samples) {
  const start = Date.parse(n.bedtime);
  const span = Date.parse(n.wakeTime) - start || 1;
  const mine = samples.filter((s) => n.sources.includes(s.source?.name)
    && Date.parse(s.startDate) >= start && Date.parse(s.endDate || s.startDate) <= start + span);
  const rows = STAGES.map(([key, label, values]) => {
    const row = h('div', { class: 'stage-row', dataset: { stage: key } }, h('span', { class: 'stage-label' }, label));
    const lane = h('div', { class: 'stage-lane' });
    for (const s of mine.filter((x) => values.includes(x.categoryValue))) {
      const bar = h('span', { class: `stage stage-${key}` });
      // Geometry via the CSSOM (allowed by the CSP), never a style attribute.
      bar.style.left = `${((Date.parse(s.startDate) - start) / span) * 100}%`;
      bar.style.width = `${Math.max(((Date.parse(s.endDate) - Date.parse(s.startDate)) / span) * 100, 0.3)}%`;
      lane.append(bar);
    }
    row.append(lane);
    return row;
  });
  return h('li', { class: 'night card', dataset: { date: n.date } },
    h('h2', {}, n.date),
    h('p', {}, `${time(n.bedtime)} – ${time(n.wakeTime)} · asleep `,
      h('strong', { dataset: { metric: 'asleep', value: n.asleepMinutes } }, minutes(n.asleepMinutes))),
    h('div', { class: 'timeline', role: 'img', 'aria-label': `Stages of the night to ${n.date}: core `
      + `${minutes(n.coreMinutes)}, deep ${minutes(n.deepMinutes)}, REM ${minutes(n.remMinutes)}, `
      + `awake ${minutes(n.awakeMinutes)}` }, rows),
    h('dl', { class: 'stage-totals' },
      [['Core', n.coreMinutes], ['Deep', n.deepMinutes], ['REM', n.remMinutes], ['Awake', n.awakeMinutes],
        ['In bed', n.inBedMinutes]].map(([label, value]) => h('div', {}, h('dt', {}, label),
        h('dd', {}, minutes(value))))),
    n.naps.length > 0 && h('p', { class: 'muted' }, `${n.naps.length} nap(s) not counted in the night`));
}
