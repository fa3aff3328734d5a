// uPlot (window.uPlot, from its WebJar) behind one function: bars for totals, lines for averages, stacked bars
// for a per-source view. Colours come from the stylesheet's custom properties, so dark mode needs no JS.
const PALETTE = ['--series-1', '--series-2', '--series-3', '--series-4', '--series-5', '--series-6'];

function cssVar(name) {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/**
 * Draws into container. xs are wall-clock seconds (format.livedSeconds), span the x range to show ([from, to]:
 * bars sit in the middle of their bucket, so the range runs from the first bucket's start to the last one's end); series [{label, values}] with null for an empty bucket; stacked
 * series are drawn as running totals, largest first, so each source shows as its own band. onPick(index) runs on
 * a click on the plot.
 */
export function drawChart(container, { xs, span, series, bars, stacked, unit, onPick }) {
  const text = cssVar('--text');
  const grid = cssVar('--border');
  const data = [xs];
  let shown = series;
  if (stacked) {
    const running = xs.map(() => 0);
    shown = series.map((s) => ({
      label: s.label,
      values: s.values.map((v, i) => (running[i] += v ?? 0)),
    })).reverse();
  }
  for (const s of shown) {
    data.push(s.values);
  }
  const barPaths = bars ? window.uPlot.paths.bars({ size: [0.8, 40] }) : undefined;
  const opts = {
    // xs are wall-clock times as lived (format.livedSeconds): label them in UTC, never in the reader's zone.
    tzDate: (seconds) => window.uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    width: Math.max(container.clientWidth, 280),
    height: 280,
    scales: { x: { time: true, range: span ? () => span : undefined } },
    axes: [
      { stroke: text, grid: { stroke: grid } },
      { stroke: text, grid: { stroke: grid }, label: unit || '', size: 60 },
    ],
    legend: { live: true },
    series: [{}, ...shown.map((s, i) => {
      const colour = cssVar(PALETTE[(stacked ? shown.length - 1 - i : i) % PALETTE.length]);
      return {
        label: s.label,
        stroke: colour,
        fill: bars ? colour : undefined,
        width: bars ? 0 : 2,
        paths: barPaths,
        points: { show: !bars },
        spanGaps: false,
      };
    })],
  };
  const plot = new window.uPlot(opts, data, container);
  if (onPick) {
    plot.over.addEventListener('click', () => {
      if (plot.cursor.idx !== null && plot.cursor.idx !== undefined) {
        onPick(plot.cursor.idx);
      }
    });
  }
  const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(container.clientWidth, 280), height: 280 }));
  resize.observe(container);
  return plot;
}
