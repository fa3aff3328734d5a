// Overview: one day and the 30 days ending on it, every number from /api/v1/summary/daily.
import { get } from '../api.js';
import { addDays, isDay, today } from '../days.js';
import { field, h, table } from '../dom.js';
import { km, minutes, number, withUnit } from '../format.js';
import { appleRings, ourRings, ringFigure } from '../rings.js';
import { me } from '../user.js';

/** The tiles of the day: summary field → label and how to show it. */
const METRICS = [
  ['steps', 'Steps', (d) => number(d.steps)],
  ['distanceMeters', 'Distance', (d) => km(d.distanceMeters)],
  ['activeEnergyKcal', 'Active energy', (d) => withUnit(d.activeEnergyKcal, 'kcal')],
  ['exerciseMinutes', 'Exercise', (d) => minutes(d.exerciseMinutes)],
  ['standHours', 'Stand hours', (d) => number(d.standHours)],
  ['sleep', 'Sleep', (d) => minutes(d.sleep?.asleepMinutes)],
  ['restingHeartRate', 'Resting heart rate', (d) => withUnit(d.restingHeartRate, 'bpm')],
  ['hrvMs', 'HRV', (d) => withUnit(d.hrvMs, 'ms', 1)],
  ['workouts', 'Workouts', (d) => number(d.workouts.length)],
];

/** The raw number behind a tile, for data-value (what a test compares with the API). */
function raw(day, key) {
  if (key === 'sleep') {
    return day.sleep?.asleepMinutes ?? '';
  }
  if (key === 'workouts') {
    return day.workouts.length;
  }
  return day[key] ?? '';
}

export async function renderOverview(view, { query }) {
  const user = await me();
  const day = isDay(query.get('day')) ? query.get('day') : today(user.settings?.timeZone);
  const [summary, types] = await Promise.all([
    get('/api/v1/summary/daily', { from: addDays(day, -29), to: addDays(day, 1) }),
    get('/api/v1/types'),
  ]);
  const days = summary.days;
  const selected = days[days.length - 1];

  const picker = h('input', { type: 'date', value: day, id: 'overview-day' });
  picker.addEventListener('change', () => {
    if (isDay(picker.value)) {
      location.hash = `#/overview?day=${picker.value}`;
    }
  });
  const latest = types.map((t) => t.last).filter(Boolean).sort().pop()?.slice(0, 10);

  view.append(
    h('h1', {}, 'Overview'),
    h('div', { class: 'toolbar' }, field('Day', picker),
      latest && latest !== day && h('a', { href: `#/overview?day=${latest}`, id: 'latest-day' },
        `Latest day with data (${latest})`)),
    h('section', { 'aria-labelledby': 'day-heading' },
      h('h2', { id: 'day-heading' }, selected.date),
      h('ul', { class: 'tiles', id: 'day-metrics', dataset: { date: selected.date } },
        METRICS.map(([key, label, show]) => h('li', { class: 'tile' },
          h('span', { class: 'tile-label' }, label),
          h('span', { class: 'tile-value', id: `metric-${key}`, dataset: { metric: key, value: raw(selected, key) } },
            show(selected))))),
      rings(selected)),
    h('section', { 'aria-labelledby': 'days-heading' },
      h('h2', { id: 'days-heading' }, 'Last 30 days'),
      table('Daily totals, newest first', ['Date', ...METRICS.map(([, label]) => label)],
        days.slice().reverse().map((d) => h('tr', { dataset: { date: d.date } },
          h('th', { scope: 'row' }, h('a', { href: `#/overview?day=${d.date}` }, d.date)),
          METRICS.map(([key, , show]) => h('td', { dataset: { metric: key } }, show(d))))),
        { id: 'days-table' })));
}

function rings(day) {
  if (!day.appleActivitySummary) {
    return null;
  }
  const apple = appleRings(day.appleActivitySummary);
  return h('div', { class: 'ring-pair' },
    ringFigure('Apple (watch)', apple, 'rings-apple'),
    ringFigure('HealthSync (all sources)', ourRings(day, apple), 'rings-ours'));
}
