// Calendar days as ISO strings (YYYY-MM-DD), computed in UTC so that adding days never trips over a DST change.
export function addDays(day, n) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** Today in the given IANA zone (the user's timeZone setting), else in the browser's. */
export function today(timeZone) {
  const options = timeZone ? { timeZone } : {};
  return new Intl.DateTimeFormat('en-CA', { ...options, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

export function isDay(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text || '');
}

/** The local day of an ISO date-time as it was written (its own offset), e.g. 2024-05-01T07:12+02:00 → 2024-05-01. */
export function dayOf(iso) {
  return iso.slice(0, 10);
}
