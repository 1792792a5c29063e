import { type OidcMetadata, User, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/** What GET /console/settings answers: where to sign in, as which client. */
interface ConsoleSettings {
  oidcAuthority: string;
  oidcClientId: string;
}

/** Who is signed in, as the API sees it: the roles and workspaces of the access token. */
export interface Caller {
  name: string;
  roles: string[];
  workspaces: string[];
  canWrite: boolean;
}

const KNOWN_ROLES = ['viewer', 'analyst', 'admin'];
let manager: UserManager | undefined;

/*
 * The settings and the provider's discovery document are kept for the tab (sessionStorage): both were read before the
 * browser left for the provider's login page, so the way back (code exchange, then the first screen) needs neither
 * again. That is two round trips, one of them to the provider's origin, on the path the user waits for.
 */
const SETTINGS_KEY = 'psychograph.console.settings';
const METADATA_KEY = 'psychograph.console.oidc-metadata';

async function consoleSettings(): Promise<ConsoleSettings> {
  const kept = window.sessionStorage.getItem(SETTINGS_KEY);
  if (kept) return JSON.parse(kept) as ConsoleSettings;
  const response = await fetch('/console/settings', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`The console's sign-in settings could not be read (HTTP ${response.status}).`);
  }
  const settings = (await response.json()) as ConsoleSettings;
  window.sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  return settings;
}

export async function signInManager(): Promise<UserManager> {
  if (manager) return manager;
  const settings = await consoleSettings();
  const home = `${window.location.origin}/`;
  const kept = window.sessionStorage.getItem(METADATA_KEY);
  manager = new UserManager({
    authority: settings.oidcAuthority,
    client_id: settings.oidcClientId,
    redirect_uri: home,
    post_logout_redirect_uri: home,
    response_type: 'code',
    scope: 'openid profile',
    // the access token carries what the console reads (roles, workspaces): no user-info request after the exchange
    loadUserInfo: false,
    ...(kept ? { metadata: JSON.parse(kept) as Partial<OidcMetadata> } : {}),
    // tokens live for the tab only; a new tab signs in again (single sign-on makes that one redirect)
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
  });
  return manager;
}

/** Keeps the provider's discovery document for the way back from its login page (see above). */
async function keepMetadata(users: UserManager): Promise<void> {
  if (!window.sessionStorage.getItem(METADATA_KEY)) {
    window.sessionStorage.setItem(METADATA_KEY, JSON.stringify(await users.metadataService.getMetadata()));
  }
}

/** Finishes a sign-in redirect when the provider sent the browser back with a code; answers the signed-in user. */
export async function currentUser(): Promise<User | null> {
  const users = await signInManager();
  const query = new URLSearchParams(window.location.search);
  if (query.has('code') && query.has('state')) {
    const user = await users.signinRedirectCallback();
    const returnTo = typeof user.state === 'string' ? user.state : '#/';
    window.history.replaceState(null, '', `/${returnTo}`);
    return user;
  }
  const user = await users.getUser();
  return user && !user.expired ? user : null;
}

export async function signIn(): Promise<void> {
  const users = await signInManager();
  await keepMetadata(users);
  await users.signinRedirect({ state: window.location.hash || '#/' });
}

export async function signOut(): Promise<void> {
  await (await signInManager()).signoutRedirect();
}

export async function accessToken(): Promise<string | null> {
  const user = await (await signInManager()).getUser();
  return user && !user.expired ? user.access_token : null;
}

/** Reads the access token's claims the way the services do: realm roles or groups, and the workspaces claim. */
export function callerOf(user: User): Caller {
  const claims = decodePayload(user.access_token);
  const realmRoles = (claims.realm_access as { roles?: string[] } | undefined)?.roles ?? [];
  const groups = Array.isArray(claims.groups) ? (claims.groups as string[]) : [];
  const roles = [...new Set([...realmRoles, ...groups])].filter((role) => KNOWN_ROLES.includes(role));
  const rawWorkspaces = claims.workspaces;
  const workspaces = Array.isArray(rawWorkspaces)
    ? rawWorkspaces.map(String)
    : typeof rawWorkspaces === 'string'
      ? rawWorkspaces.split(/\s+/).filter(Boolean)
      : [];
  const name = String(claims.preferred_username ?? user.profile.preferred_username ?? user.profile.sub);
  return { name, roles, workspaces, canWrite: roles.includes('analyst') || roles.includes('admin') };
}

function decodePayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
}
