// A tiny hash router: the desktop app has a handful of screens and no need for URLs beyond
// "which screen, which record". The hash keeps the screen across reloads.
import { create } from 'zustand';

export type RouteName =
  | 'today'
  | 'clients'
  | 'import'
  | 'tasks'
  | 'dashboard'
  | 'scripts'
  | 'settings'
  | 'audit'
  | 'complaints';
export const ROUTES: readonly RouteName[] = [
  'today',
  'clients',
  'import',
  'tasks',
  'dashboard',
  'scripts',
  'settings',
  'audit',
  'complaints',
];

export interface Route {
  name: RouteName;
  /** e.g. the client or task id the screen should open. */
  id?: string;
}

export function parseHash(hash: string): Route {
  const [name, id] = hash.replace(/^#\/?/, '').split('/');
  const found = ROUTES.find((r) => r === name);
  // Today is the first screen: the day's calls are the daily work.
  if (!found) return { name: 'today' };
  return id ? { name: found, id: decodeURIComponent(id) } : { name: found };
}

export function formatHash(route: Route): string {
  return `#/${route.name}${route.id ? `/${encodeURIComponent(route.id)}` : ''}`;
}

interface RouterState {
  route: Route;
  navigate(route: Route): void;
}

export const useRouter = create<RouterState>((set) => ({
  route: parseHash(window.location.hash),
  navigate(route) {
    const hash = formatHash(route);
    if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    set({ route });
  },
}));

window.addEventListener('popstate', () =>
  useRouter.setState({ route: parseHash(window.location.hash) }),
);

/** The navigate function, for features. */
export function useNavigation(): (route: Route) => void {
  return useRouter((s) => s.navigate);
}
