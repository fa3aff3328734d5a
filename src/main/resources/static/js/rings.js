// Activity rings as SVG: Apple's ActivitySummary beside ours, both against Apple's goals from the same summary.
import { h, svg } from './dom.js';
import { number } from './format.js';

const RINGS = [
  { key: 'move', label: 'Move', unit: 'kcal', radius: 44, className: 'ring-move' },
  { key: 'exercise', label: 'Exercise', unit: 'min', radius: 32, className: 'ring-exercise' },
  { key: 'stand', label: 'Stand', unit: 'h', radius: 20, className: 'ring-stand' },
];
const KJ_PER_KCAL = 4.184;

/** Apple's three rings and their goals, energy in kcal whatever unit the export wrote. */
export function appleRings(summary) {
  const toKcal = summary.activeEnergyBurnedUnit === 'kJ' ? 1 / KJ_PER_KCAL : 1;
  return {
    move: { value: summary.activeEnergyBurned * toKcal, goal: summary.activeEnergyBurnedGoal * toKcal },
    exercise: { value: summary.appleExerciseTime, goal: summary.appleExerciseTimeGoal },
    stand: { value: summary.appleStandHours, goal: summary.appleStandHoursGoal },
  };
}

/** Our merged totals for the day against Apple's goals. */
export function ourRings(day, apple) {
  return {
    move: { value: day.activeEnergyKcal, goal: apple.move.goal },
    exercise: { value: day.exerciseMinutes, goal: apple.exercise.goal },
    stand: { value: day.standHours, goal: apple.stand.goal },
  };
}

export function ringFigure(title, rings, id) {
  const circles = RINGS.flatMap(({ key, radius, className }) => {
    const { value, goal } = rings[key];
    const circumference = 2 * Math.PI * radius;
    const fraction = goal > 0 && value !== null ? Math.min(value / goal, 1) : 0;
    const track = svg('circle', { cx: 50, cy: 50, r: radius, class: `ring-track ${className}` });
    // An empty ring draws no arc: a zero-length stroke with round caps would still paint a dot.
    if (fraction === 0) {
      return [track];
    }
    return [track, svg('circle', { cx: 50, cy: 50, r: radius, class: `ring-fill ${className}`,
      'stroke-dasharray': `${fraction * circumference} ${circumference}`, transform: 'rotate(-90 50 50)' })];
  });
  const summary = RINGS.map(({ key, label, unit }) =>
    `${label} ${number(rings[key].value)} of ${number(rings[key].goal)} ${unit}`).join(', ');
  return h('figure', { class: 'rings', id },
    svg('svg', { viewBox: '0 0 100 100', role: 'img', 'aria-label': `${title}: ${summary}` }, circles),
    h('figcaption', {}, h('strong', {}, title),
      h('ul', {}, RINGS.map(({ key, label, unit }) => h('li', { dataset: { ring: key } },
        `${label}: ${number(rings[key].value)} / ${number(rings[key].goal)} ${unit}`)))));
}
