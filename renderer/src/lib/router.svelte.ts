/** Hash routes of the dashboard window: #/dashboard and #/settings (main opens either by hash). */
export type Route = 'dashboard' | 'settings';

export function parseRoute(hash: string): Route {
  return hash.replace(/^#\/?/, '') === 'settings' ? 'settings' : 'dashboard';
}

export class Router {
  route = $state<Route>('dashboard');

  /** Follows location.hash; a new page starts at its top. Returns the unsubscribe. */
  listen(win: Window = window): () => void {
    const update = () => {
      const next = parseRoute(win.location.hash);
      if (next === this.route) return;
      this.route = next;
      win.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    };
    this.route = parseRoute(win.location.hash);
    win.addEventListener('hashchange', update);
    return () => win.removeEventListener('hashchange', update);
  }
}
