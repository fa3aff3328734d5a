// Entry point: registers the pages, guards them behind the sign-in, and renders the one matching the hash.
import { current, match, route } from './router.js';
import { token, signOut } from './session.js';
import { replace, message } from './dom.js';
import { renderSignIn } from './pages/signin.js';
import { renderOverview } from './pages/overview.js';
import { renderTypes } from './pages/types.js';
import { renderSleep } from './pages/sleep.js';
import { renderWorkouts } from './pages/workouts.js';
import { renderWorkout } from './pages/workout.js';
import { renderImport } from './pages/import.js';
import { renderConnect } from './pages/connect.js';
import { renderSettings } from './pages/settings.js';

route('/signin', renderSignIn, { public: true });
route('/overview', renderOverview);
route('/types', renderTypes);
route('/types/{type}', renderTypes);
route('/sleep', renderSleep);
route('/workouts', renderWorkouts);
route('/workouts/{id}', renderWorkout);
route('/import', renderImport);
route('/connect', renderConnect);
route('/settings', renderSettings);

const main = document.getElementById('main');
const nav = document.getElementById('nav');
/** Each render gets a fresh signal, so a page that is left stops polling and ignores late answers. */
let leaving = new AbortController();

async function render() {
  if (location.hash && !location.hash.startsWith('#/')) {
    return;
  }
  const { path, query } = current();
  const page = match(path);
  if (!page || (!page.open && !token())) {
    location.replace(token() ? '#/overview' : '#/signin');
    return;
  }
  leaving.abort();
  leaving = new AbortController();
  const { signal } = leaving;
  nav.hidden = !token();
  for (const link of nav.querySelectorAll('a')) {
    if (path.startsWith(link.getAttribute('href').slice(1))) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  // A fresh container per render: a late answer for a page already left writes into a detached node.
  const view = document.createElement('div');
  view.className = 'view';
  replace(main, view);
  main.removeAttribute('data-ready');
  try {
    await page.render(view, { params: page.params, query, signal });
  } catch (error) {
    if (error.status !== 401) {
      view.append(message(error.message, 'error'));
    }
  }
  if (!signal.aborted) {
    // The browser tests wait on this: the page has read everything it shows.
    main.dataset.ready = path;
    // After a click in the navigation, keyboard and screen-reader users continue in the new page, not the menu.
    if (document.activeElement?.closest('#nav')) {
      main.focus();
    }
  }
}

document.getElementById('sign-out').addEventListener('click', () => {
  signOut();
  location.hash = '#/signin';
});
window.addEventListener('hashchange', render);
render();
