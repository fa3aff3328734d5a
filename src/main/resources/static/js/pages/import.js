// Import: export.zip dropped or chosen, sent in one direct upload, then the job polled until it ends.
import { get, request } from '../api.js';
import { h, message, replace, table } from '../dom.js';
import { dateTime, number } from '../format.js';
import { me } from '../user.js';

const POLL_MS = 1000;
const RUNNING = ['queued', 'running'];

export async function renderImport(view, { signal }) {
  const user = await me();
  const jobsPath = `/api/v1/users/${user.id}/import/jobs`;
  const input = h('input', { type: 'file', id: 'import-file', accept: '.zip,.xml,.gz,application/zip' });
  const zone = h('div', { class: 'drop-zone', id: 'drop-zone' },
    h('p', {}, 'Drop export.zip here, or choose it:'),
    h('label', { for: 'import-file' }, 'Export file'), input);
  const progress = h('section', { id: 'import-progress', 'aria-live': 'polite' });
  const past = h('section', { 'aria-labelledby': 'jobs-heading' });

  async function upload(file) {
    replace(progress, message(`Uploading ${file.name}…`));
    const body = new FormData();
    body.append('file', file);
    try {
      const { job_id: jobId } = await request(`/api/v1/users/${user.id}/import/apple/xml/direct`,
        { method: 'POST', body });
      await follow(`${jobsPath}/${encodeURIComponent(jobId)}`);
    } catch (error) {
      if (error.status !== 401) {
        replace(progress, message(error.message, 'error'));
      }
    }
  }

  async function follow(path) {
    while (!signal.aborted) {
      const job = await get(path);
      replace(progress, jobView(job));
      if (!RUNNING.includes(job.status)) {
        await listJobs();
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async function listJobs() {
    const jobs = await get(jobsPath);
    replace(past, h('h2', { id: 'jobs-heading' }, 'Past imports'), jobs.length === 0 ? message('No imports yet.')
      : table('Imports, newest first', ['File', 'Status', 'Records', 'Created', 'Finished'],
        jobs.map((j) => h('tr', { dataset: { job: j.job_id, status: j.status } },
          h('th', { scope: 'row' }, j.file_name || '—'), h('td', {}, j.status), h('td', {}, number(j.records_read)),
          h('td', {}, dateTime(j.created_at)), h('td', {}, dateTime(j.finished_at)))), { id: 'jobs-table' }));
  }

  input.addEventListener('change', () => input.files[0] && upload(input.files[0]));
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    const file = event.dataTransfer?.files?.[0];
    if (file) {
      upload(file);
    }
  });
  view.append(h('h1', {}, 'Import'),
    h('p', {}, 'Export from the Health app (profile picture → Export All Health Data) and bring the export.zip here.'),
    zone, progress, past);
  await listJobs();
}

/** One job: progress by bytes, records, and the per-kind counts of what was stored, already there or skipped. */
function jobView(job) {
  const counts = (title, map) => h('div', {}, h('h3', {}, title), Object.keys(map).length === 0 ? h('p', {}, 'none')
    : h('ul', { dataset: { counts: title } }, Object.entries(map).map(([kind, n]) =>
      h('li', { dataset: { kind } }, `${kind}: ${number(n)}`))));
  const total = job.bytes_total || 0;
  return h('div', { class: 'card', id: 'job', dataset: { status: job.status, job: job.job_id } },
    h('h2', {}, `${job.file_name || 'Import'}: `, h('span', { id: 'job-status' }, job.status)),
    h('label', { for: 'job-bytes' }, `Read ${number(job.bytes_read)} of ${number(total)} bytes`),
    h('progress', { id: 'job-bytes', max: total || 1, value: job.bytes_read || 0 }),
    h('p', {}, `Records read: `, h('strong', { id: 'job-records' }, number(job.records_read))),
    h('div', { class: 'counts' }, counts('Stored', job.inserted), counts('Already stored', job.duplicates),
      counts('Skipped', job.skipped)),
    job.warnings.length > 0 && h('details', {}, h('summary', {}, `${job.warnings.length} warnings`),
      h('ul', {}, job.warnings.map((w) => h('li', {}, `${w.element}: ${w.reason}`)))),
    job.error && message(job.error, 'error'));
}
