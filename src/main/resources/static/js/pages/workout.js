// One workout: /api/v1/workouts/{id} (statistics, heart rate), its GeoJSON route drawn as SVG with per-km
// splits, and the GPX file fetched with the credential.
import { download, get } from '../api.js';
import { drawChart } from '../chart.js';
import { guarded, h, message, replace, table } from '../dom.js';
import { activityName, dateTime, duration, km, livedSeconds, number, typeName } from '../format.js';
import { routeLines, routeSvg, splits } from '../route.js';

export async function renderWorkout(view, { params }) {
  const id = encodeURIComponent(params.id);
  const workout = await get(`/api/v1/workouts/${id}`);
  const title = `${activityName(workout.activityType)}, ${dateTime(workout.start)}`;
  view.append(h('p', {}, h('a', { href: '#/workouts' }, '← All workouts')), h('h1', {}, title),
    h('dl', { class: 'facts', id: 'workout-facts' },
      fact('Duration', duration(workout.durationSeconds), 'duration'),
      fact('Source', workout.source?.name || '—', 'source'),
      workout.route && fact('Route distance', km(workout.route.distanceMeters), 'routeDistance'),
      workout.route && fact('Climb', `${number(workout.route.elevationGainMeters)} m`, 'climb')),
    statistics(workout));

  const hr = workout.heartRate;
  if (hr && hr.count > 0) {
    const chart = h('div', { class: 'chart', id: 'heart-rate-chart', dataset: { points: hr.samples.length } });
    view.append(h('section', { 'aria-labelledby': 'hr-heading' }, h('h2', { id: 'hr-heading' }, 'Heart rate'),
      h('p', {}, `min ${number(hr.min)} · avg ${number(hr.avg)} · max ${number(hr.max)} ${hr.unit}`),
      h('figure', { class: 'chart-figure', role: 'group', 'aria-label': 'Heart rate chart' }, chart)));
    drawChart(chart, { xs: hr.samples.map((s) => livedSeconds(s.time)), unit: hr.unit,
      series: [{ label: 'Heart rate', values: hr.samples.map((s) => s.value) }] });
  }

  if (workout.route) {
    const feature = await get(`/api/v1/workouts/${id}/route`);
    const lines = routeLines(feature);
    const status = h('div');
    view.append(h('section', { 'aria-labelledby': 'route-heading' }, h('h2', { id: 'route-heading' }, 'Route'),
      routeSvg(lines, `Route of ${lines.reduce((n, l) => n + l.points.length, 0)} points`),
      h('button', { type: 'button', id: 'download-gpx', onclick: guarded(status, async () => {
        const name = await download(`/api/v1/workouts/${id}/route.gpx`, {}, `workout-${params.id}.gpx`);
        replace(status, message(`Downloaded ${name}`));
      }) }, 'Download GPX'),
      status, splitTable(splits(lines))));
  } else {
    view.append(message('This workout has no route.'));
  }
}

function fact(label, value, key) {
  return h('div', {}, h('dt', {}, label), h('dd', { dataset: { fact: key } }, value));
}

function statistics(workout) {
  const entries = Object.entries(workout.statistics || {});
  if (entries.length === 0) {
    return null;
  }
  return table('Statistics', ['Type', 'Sum', 'Min', 'Average', 'Max', 'Unit'], entries.map(([type, s]) =>
    h('tr', {}, h('th', { scope: 'row' }, typeName(type)), h('td', {}, number(s.sum, 2)), h('td', {}, number(s.min)),
      h('td', {}, number(s.avg, 1)), h('td', {}, number(s.max)), h('td', {}, s.unit || ''))), { id: 'statistics' });
}

function splitTable(rows) {
  return table('Splits per kilometre, from the route points', ['Split', 'Distance', 'Time', 'Pace'],
    rows.map((r, i) => h('tr', {}, h('th', { scope: 'row' }, String(i + 1)), h('td', {}, km(r.metres)),
      h('td', {}, r.seconds === null ? '—' : duration(r.seconds)),
      h('td', {}, r.seconds === null || r.metres === 0 ? '—' : `${duration(r.seconds / (r.metres / 1000))} /km`))),
    { id: 'splits' });
}
