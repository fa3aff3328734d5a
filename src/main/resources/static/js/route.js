// A workout's route from its GeoJSON: drawn as one SVG path per stretch (no map tiles, so no other host), and
// split per kilometre along the points when they carry times.
import { svg } from './dom.js';

const EARTH_RADIUS_M = 6371008.8;

/** The GeoJSON geometry as lines of [lon, lat], and the properties' coordTimes as lines of the same shape. */
export function routeLines(feature) {
  const { type, coordinates } = feature.geometry;
  const lines = type === 'LineString' ? [coordinates] : coordinates;
  const times = feature.properties?.coordTimes;
  const timeLines = type === 'LineString' ? [times || []] : times || [];
  return lines.map((points, i) => ({ points, times: timeLines[i] || [] }));
}

/** Great-circle distance in metres, on the mean Earth radius as the server measures. */
function metres([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(a));
}

/** The route as an SVG: equirectangular at the route's mean latitude, which is true enough for one workout. */
export function routeSvg(lines, label) {
  const all = lines.flatMap((l) => l.points);
  const meanLat = all.reduce((sum, p) => sum + p[1], 0) / all.length;
  const scaleX = Math.cos((meanLat * Math.PI) / 180);
  const xs = all.map((p) => p[0] * scaleX);
  const ys = all.map((p) => -p[1]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const size = Math.max(maxX - minX, maxY - minY) || 1e-6;
  const pad = size * 0.05;
  const paths = lines.map((line) => svg('path', {
    class: 'route-line',
    'vector-effect': 'non-scaling-stroke',
    d: line.points.map((p, i) => `${i ? 'L' : 'M'}${(p[0] * scaleX - minX).toFixed(7)},${(-p[1] - minY).toFixed(7)}`)
      .join(' '),
    'data-points': line.points.length,
  }));
  return svg('svg', { class: 'route', id: 'route-svg', role: 'img', 'aria-label': label,
    viewBox: `${-pad} ${-pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`,
    preserveAspectRatio: 'xMidYMid meet', 'data-points': all.length }, paths);
}

/** Per full kilometre (and the rest): its distance and, when the points have times, how long it took. */
export function splits(lines) {
  const result = [];
  let distance = 0;
  let seconds = 0;
  let timed = true;
  for (const { points, times } of lines) {
    for (let i = 1; i < points.length; i++) {
      distance += metres(points[i - 1], points[i]);
      if (times[i] && times[i - 1]) {
        seconds += (Date.parse(times[i]) - Date.parse(times[i - 1])) / 1000;
      } else {
        timed = false;
      }
      if (distance >= 1000) {
        result.push({ metres: distance, seconds: timed ? seconds : null });
        distance = 0;
        seconds = 0;
        timed = true;
      }
    }
  }
  if (distance > 0) {
    result.push({ metres: distance, seconds: timed ? seconds : null });
  }
  return result;
}
