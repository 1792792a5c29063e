import './style.css';
import { callerOf, currentUser, signIn, signOut, type Caller } from './auth';
import { h, show } from './dom';
import { personaScreen } from './personaPage';
import { leaveScreen, noAccessScreen, runScreen, signedOutScreen, surveyScreen, surveysScreen } from './views';

/** Screens by location hash: #/, #/surveys/<id>, #/runs/<id>, #/personas/<id>. A hash keeps every console path off the API's. */
function route(caller: Caller): void {
  leaveScreen();
  const [, kind, id] = window.location.hash.replace(/^#/, '').split('/');
  if (kind === 'surveys' && id) void surveyScreen(caller, decodeURIComponent(id));
  else if (kind === 'runs' && id) void runScreen(caller, decodeURIComponent(id));
  else if (kind === 'personas' && id) void personaScreen(caller, decodeURIComponent(id));
  else void surveysScreen(caller);
}

function account(caller: Caller | null): void {
  const bar = document.getElementById('account')!;
  bar.replaceChildren();
  if (caller) {
    bar.append(
      h('span', { id: 'signed-in-as' }, `${caller.name} · ${caller.roles.join(', ') || 'no role'}`),
      h('button', { type: 'button', id: 'sign-out', onclick: () => void signOut() }, 'Sign out'),
    );
  }
}

async function start(): Promise<void> {
  try {
    const user = await currentUser();
    if (!user) {
      account(null);
      signedOutScreen(() => void signIn());
      return;
    }
    const caller = callerOf(user);
    account(caller);
    if (caller.roles.length === 0 || caller.workspaces.length === 0) {
      noAccessScreen(caller);
      return;
    }
    window.addEventListener('hashchange', () => route(caller));
    route(caller);
  } catch (error) {
    show(
      h('h1', {}, 'Psychograph console'),
      h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)),
      h('button', { type: 'button', onclick: () => void signIn() }, 'Sign in again'),
    );
  }
}

void start();
