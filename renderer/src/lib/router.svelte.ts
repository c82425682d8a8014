/** Hash routes of the dashboard window: #/dashboard and #/settings (main opens either by hash). */
export type Route = 'dashboard' | 'settings';

export function parseRoute(hash: string): Route {
  return hash.replace(/^#\/?/, '') === 'settings' ? 'settings' : 'dashboard';
}

export class Router {
  route = $state<Route>('dashboard');

  /** Follows location.hash; returns the unsubscribe. */
  listen(win: Window = window): () => void {
    const update = () => (this.route = parseRoute(win.location.hash));
    update();
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }
}
