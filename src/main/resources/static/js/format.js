// Formatting only: every value shown comes from an API response; null means "nothing recorded" and shows as —.
const NONE = '—';

export function number(value, digits = 0) {
  if (value === null || value === undefined) {
    return NONE;
  }
  return Number(value).toLocaleString(undefined, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

export function withUnit(value, unit, digits = 0) {
  return value === null || value === undefined ? NONE : `${number(value, digits)} ${unit}`;
}

export function km(meters) {
  return meters === null || meters === undefined ? NONE : `${number(meters / 1000, 2)} km`;
}

export function minutes(value) {
  if (value === null || value === undefined) {
    return NONE;
  }
  const total = Math.round(value);
  return total >= 60 ? `${Math.floor(total / 60)} h ${total % 60} min` : `${total} min`;
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return NONE;
  }
  const s = Math.round(seconds);
  const parts = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return parts[0] > 0 ? `${parts[0]}:${pad(parts[1])}:${pad(parts[2])}` : `${parts[1]}:${pad(parts[2])}`;
}

function pad(n) {
  return String(n).padStart(2, '0');
}

/**
 * A server instant (…Z) in the reader's zone; a time written with an offset (samples, workouts, nights) as it was
 * lived there: 07:12+02:00 shows as 07:12 wherever the reader is.
 */
function asShown(iso) {
  if (/Z$/.test(iso)) {
    return { date: new Date(iso), timeZone: undefined };
  }
  return { date: new Date(`${iso.slice(0, 19)}Z`), timeZone: 'UTC' };
}

/**
 * Epoch seconds of the wall-clock time as written (07:12+02:00 → 07:12 UTC), for charts drawn in UTC so that their
 * axes read as lived; an instant in Z is itself.
 */
export function livedSeconds(iso) {
  return asShown(iso).date.getTime() / 1000;
}

export function dateTime(iso) {
  if (!iso) {
    return NONE;
  }
  const { date, timeZone } = asShown(iso);
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone });
}

export function time(iso) {
  if (!iso) {
    return NONE;
  }
  const { date, timeZone } = asShown(iso);
  return date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', timeZone });
}

/** HKWorkoutActivityTypeRunning → Running; HKQuantityTypeIdentifierStepCount → Step Count. */
export function typeName(identifier) {
  const short = identifier.replace(/^HK(Quantity|Category|Correlation|Workout|Data)?Type(Identifier)?/, '');
  return short.replace(/([a-z])([A-Z])/g, '$1 $2');
}

export function activityName(activityType) {
  return activityType.replace(/^HKWorkoutActivityType/, '').replace(/([a-z])([A-Z])/g, '$1 $2');
}
