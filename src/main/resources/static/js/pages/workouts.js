// Workouts: /api/v1/workouts filtered by activity type and start date, with the totals the server adds up.
import { get } from '../api.js';
import { isDay } from '../days.js';
import { field, h, message, table } from '../dom.js';
import { activityName, dateTime, duration, km, number } from '../format.js';

const DISTANCE = 'HKQuantityTypeIdentifierDistanceWalkingRunning';
const CYCLING = 'HKQuantityTypeIdentifierDistanceCycling';
const ENERGY = 'HKQuantityTypeIdentifierActiveEnergyBurned';

function distanceOf(workout) {
  return workout.statistics?.[DISTANCE]?.sum ?? workout.statistics?.[CYCLING]?.sum ?? null;
}

export async function renderWorkouts(view, { query }) {
  const filters = {
    activityType: query.get('activityType') || '',
    from: isDay(query.get('from')) ? query.get('from') : '',
    to: isDay(query.get('to')) ? query.get('to') : '',
  };
  const [list, all] = await Promise.all([
    get('/api/v1/workouts', { ...filters, limit: 1000 }),
    // The activity types on offer are the ones the user has: read from an unfiltered list.
    get('/api/v1/workouts', { limit: 1000 }),
  ]);
  const kinds = [...new Set(all.items.map((w) => w.activityType))].sort();
  const activity = h('select', { id: 'activity-filter', name: 'activityType' },
    h('option', { value: '' }, 'All activities'),
    kinds.map((k) => h('option', { value: k, selected: k === filters.activityType }, activityName(k))));
  const from = h('input', { type: 'date', id: 'workouts-from', name: 'from', value: filters.from });
  const to = h('input', { type: 'date', id: 'workouts-to', name: 'to', value: filters.to });
  const form = h('form', { class: 'toolbar', id: 'workout-filters', 'aria-label': 'Filter workouts' },
    field('Activity', activity), field('From', from), field('To (exclusive)', to),
    h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams(Object.entries({ activityType: activity.value, from: from.value,
      to: to.value }).filter(([, v]) => v));
    location.hash = `#/workouts${params.size ? `?${params}` : ''}`;
  });
  view.append(h('h1', {}, 'Workouts'), form);
  if (list.items.length === 0) {
    view.append(message('No workouts match.'));
    return;
  }
  view.append(
    h('p', { id: 'workout-totals' },
      `${number(list.totals.workouts)} workouts, ${duration(list.totals.durationSeconds)} in total`),
    table('Workouts, in start order', ['Activity', 'Start', 'Duration', 'Distance', 'Energy', 'Source'],
      list.items.map((w) => h('tr', { dataset: { workout: w.id } },
        h('th', { scope: 'row' }, h('a', { href: `#/workouts/${w.id}` }, activityName(w.activityType))),
        h('td', {}, dateTime(w.start)), h('td', {}, duration(w.durationSeconds)), h('td', {}, km(distanceOf(w))),
        h('td', {}, w.statistics?.[ENERGY] ? `${number(w.statistics[ENERGY].sum)} kcal` : '—'),
        h('td', {}, w.source?.name || '—'))), { id: 'workouts-table' }));
}
