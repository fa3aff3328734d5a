// Sign-in: the login form endpoint, then the Connect page for a user with no data yet, else the overview.
import { get, login } from '../api.js';
import { field, h, message, replace } from '../dom.js';
import { signIn, takeNotice } from '../session.js';

export async function renderSignIn(view) {
  const notice = takeNotice();
  const email = h('input', { type: 'email', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { type: 'password', name: 'password', autocomplete: 'current-password',
    required: true });
  const status = h('div', { id: 'signin-status' }, notice && message(notice, 'error'));
  const form = h('form', { class: 'card narrow', id: 'signin-form' },
    h('h1', {}, 'Sign in'),
    status,
    field('Email', email),
    field('Password', password),
    h('button', { type: 'submit', class: 'primary' }, 'Sign in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    replace(status);
    try {
      const answer = await login(email.value.trim(), password.value);
      signIn(answer.access_token);
      const types = await get('/api/v1/types');
      location.hash = types.length === 0 ? '#/connect' : '#/overview';
    } catch (error) {
      replace(status, message(error.status === 401 ? 'Wrong email or password' : error.message, 'error'));
    }
  });
  view.append(form);
  email.focus();
}
