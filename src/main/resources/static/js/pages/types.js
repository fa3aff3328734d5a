// Any type: a chart of /api/v1/series/{type} over a range ending at the type's latest sample, with bucket,
// aggregation and a per-source view (merge=none); a click on a bucket asks the server to explain it.
import { download, get } from '../api.js';
import { drawChart } from '../chart.js';
import { addDays, dayOf } from '../days.js';
import { field, guarded, h, message, replace, select, table } from '../dom.js';
import { dateTime, livedSeconds, number, typeName } from '../format.js';
import { setQuery } from '../router.js';

const RANGES = [['day', 'Day'], ['week', 'Week'], ['month', 'Month'], ['year', 'Year'], ['all', 'All']];
const RANGE_DAYS = { day: 1, week: 7, month: 30, year: 365 };
const DEFAULT_BUCKET = { day: 'hour', week: 'day', month: 'day', year: 'week', all: 'month' };
const BUCKETS = ['minute', 'hour', 'day', 'week', 'month', 'year'];
/** The aggregations series accepts per kind of type (docs/api.md, Series). */
const AGGS = { cumulative: ['sum', 'count'], discrete: ['avg', 'min', 'max', 'count'], category: ['sum', 'count'] };

function aggsOf(type) {
  return type.kind === 'category' ? AGGS.category : AGGS[type.aggregation] || AGGS.discrete;
}

/** from/to of a preset, ending the day after the type's last sample; "all" leaves both to the server. */
function rangeOf(type, range) {
  if (range === 'all' || !type.last) {
    return {};
  }
  const to = addDays(dayOf(type.last), 1);
  return { from: addDays(to, -RANGE_DAYS[range]), to };
}

export async function renderTypes(view, { params, query }) {
  const types = await get('/api/v1/types');
  view.append(h('h1', {}, 'Types'));
  if (types.length === 0) {
    view.append(message('No data yet: import an export or connect a device.'));
    return;
  }
  const picker = select([['', 'Choose a type…'], ...types.map((t) => [t.type, `${typeName(t.type)} (${t.count})`])],
    params.type || '', { id: 'type-picker' });
  picker.addEventListener('change', () => {
    location.hash = picker.value ? `#/types/${encodeURIComponent(picker.value)}` : '#/types';
  });
  view.append(h('div', { class: 'toolbar' }, field('Type', picker)));
  const type = types.find((t) => t.type === params.type);
  if (!type) {
    view.append(typeTable(types));
    return;
  }
  await renderChartArea(view, type, query);
}

function typeTable(types) {
  return table('Every type you have', ['Type', 'Samples', 'First', 'Last', 'Unit', 'Sources'],
    types.map((t) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: `#/types/${encodeURIComponent(t.type)}` }, typeName(t.type))),
      h('td', {}, number(t.count)), h('td', {}, dateTime(t.first)), h('td', {}, dateTime(t.last)),
      h('td', {}, t.unit || '—'), h('td', {}, t.sources.join(', ') || '—'))));
}

async function renderChartArea(view, type, query) {
  const aggs = aggsOf(type);
  const state = {
    range: RANGE_DAYS[query.get('range')] || query.get('range') === 'all' ? query.get('range') : 'month',
    bucket: query.get('bucket'),
    agg: aggs.includes(query.get('agg')) ? query.get('agg') : aggs[0],
    perSource: query.get('sources') === '1',
  };
  if (!BUCKETS.includes(state.bucket)) {
    state.bucket = DEFAULT_BUCKET[state.range];
  }
  const controls = {
    range: select(RANGES, state.range, { id: 'range-picker' }),
    bucket: select(BUCKETS.map((b) => [b, b]), state.bucket, { id: 'bucket-picker' }),
    agg: select(aggs.map((a) => [a, a]), state.agg, { id: 'agg-picker' }),
    perSource: h('input', { type: 'checkbox', id: 'per-source', checked: state.perSource }),
  };
  const status = h('div');
  const chart = h('div', { class: 'chart', id: 'series-chart' });
  const explain = h('section', { id: 'explain', 'aria-live': 'polite' });
  const buckets = h('div');
  const csv = h('button', { type: 'button', id: 'download-csv' }, 'Download CSV');
  const rerender = () => {
    setQuery({ range: state.range, bucket: state.bucket, agg: state.agg, sources: state.perSource ? '1' : '' });
    return load();
  };
  controls.range.addEventListener('change', () => {
    state.range = controls.range.value;
    state.bucket = DEFAULT_BUCKET[state.range];
    controls.bucket.value = state.bucket;
    rerender();
  });
  for (const key of ['bucket', 'agg']) {
    controls[key].addEventListener('change', () => {
      state[key] = controls[key].value;
      rerender();
    });
  }
  controls.perSource.addEventListener('change', () => {
    state.perSource = controls.perSource.checked;
    rerender();
  });
  const seriesParams = (extra) => ({ ...rangeOf(type, state.range), bucket: state.bucket, agg: state.agg, ...extra });
  csv.addEventListener('click', guarded(status, async () => {
    const name = await download('/api/v1/export', { format: 'csv', type: type.type, ...rangeOf(type, state.range) },
      `healthsync-${type.type}.csv`);
    replace(status, message(`Downloaded ${name}`));
  }));

  async function showExplain(series, index) {
    const bucket = series.buckets[index];
    // The same request with explain=true: its buckets line up with the ones drawn, whatever the bucket and zone.
    const explained = await get(`/api/v1/series/${encodeURIComponent(type.type)}`, seriesParams({ explain: true }));
    const contributions = explained.buckets[index]?.contributions || [];
    replace(explain, h('h2', {}, `What counts in ${bucket.date || dateTime(bucket.start)}`),
      h('p', {}, `Total: ${number(explained.buckets[index]?.value, 2)} ${series.unit || ''}`),
      contributions.length === 0 ? message('Nothing recorded in this bucket.')
        : h('ul', { id: 'contributions' }, contributions.map((c) =>
          h('li', { dataset: { source: c.source, value: c.value } }, `${c.source}: ${number(c.value, 2)}`))));
  }

  async function load() {
    replace(status);
    replace(explain);
    const series = await get(`/api/v1/series/${encodeURIComponent(type.type)}`,
      seriesParams({ merge: state.perSource ? 'none' : null }));
    const bars = state.agg === 'sum' || state.agg === 'count';
    // A bar stands in the middle of its bucket; a line's point at the bucket's start.
    const xs = series.buckets.map((b) => (bars
      ? (livedSeconds(b.start) + livedSeconds(b.end)) / 2 : livedSeconds(b.start)));
    const span = series.buckets.length
      ? [livedSeconds(series.buckets[0].start), livedSeconds(series.buckets[series.buckets.length - 1].end)] : null;
    const lines = state.perSource ? perSource(series) : [{ label: typeName(type.type),
      values: series.buckets.map((b) => b.value ?? null) }];
    replace(chart);
    chart.dataset.buckets = series.buckets.length;
    chart.setAttribute('aria-label', `${typeName(type.type)}: ${series.buckets.length} buckets of one ${state.bucket}`);
    const pick = (index) => showExplain(series, index).catch((e) => replace(explain, message(e.message, 'error')));
    drawChart(chart, { xs, span, series: lines, unit: series.unit, onPick: pick, bars, stacked: state.perSource });
    replace(buckets, bucketTable(series, pick));
  }

  view.append(
    h('div', { class: 'toolbar' }, field('Range', controls.range), field('Bucket', controls.bucket),
      field('Aggregation', controls.agg),
      h('div', { class: 'field checkbox' }, controls.perSource, h('label', { for: 'per-source' }, 'Per source')),
      csv),
    status, h('figure', { class: 'chart-figure', role: 'group', 'aria-label': 'Chart' }, chart), explain, buckets);
  try {
    await load();
  } catch (error) {
    if (error.status !== 401) {
      replace(status, message(error.message, 'error'));
    }
  }
}

/** merge=none: one line per source, a bucket's missing source counting as nothing. */
function perSource(series) {
  const names = [...new Set(series.buckets.flatMap((b) => (b.sources || []).map((s) => s.source)))];
  return names.map((name) => ({
    label: name,
    values: series.buckets.map((b) => b.sources?.find((s) => s.source === name)?.value ?? null),
  }));
}

function bucketTable(series, pick) {
  const filled = series.buckets.map((b, i) => [b, i]).filter(([b]) => b.value !== undefined && b.value !== null
    || (b.sources && b.sources.length));
  if (filled.length === 0) {
    return message('No values in this range.');
  }
  return table('Buckets with values', ['Bucket', 'Value', ''], filled.map(([b, i]) => h('tr', {},
    h('th', { scope: 'row' }, b.date || dateTime(b.start)),
    h('td', {}, b.sources?.length ? b.sources.map((s) => `${s.source}: ${number(s.value, 2)}`).join(', ')
      : number(b.value, 2)),
    h('td', {}, h('button', { type: 'button', class: 'small', onclick: () => pick(i),
      'aria-label': `Explain ${b.date || dateTime(b.start)}` }, 'Explain')))), { id: 'bucket-table' });
}
