export type Route =
  | { screen: 'title' }
  | { screen: 'menu' }
  | { screen: 'progress' }
  | { screen: 'studio' }
  | { screen: 'play'; storyId: string }
  | { screen: 'debrief'; storyId: string };

export function parseRoute(hash: string): Route {
  const [, screen, id] = hash.replace(/^#/, '').split('/');
  const storyId = id ? decodeURIComponent(id) : '';
  if (screen === 'menu') return { screen: 'menu' };
  if (screen === 'progress') return { screen: 'progress' };
  if (screen === 'studio') return { screen: 'studio' };
  if (screen === 'play' && storyId) return { screen: 'play', storyId };
  if (screen === 'debrief' && storyId) return { screen: 'debrief', storyId };
  return { screen: 'title' };
}

export function hrefOf(route: Route): string {
  switch (route.screen) {
    case 'title':
      return '#/';
    case 'menu':
      return '#/menu';
    case 'progress':
      return '#/progress';
    case 'studio':
      return '#/studio';
    default:
      return `#/${route.screen}/${encodeURIComponent(route.storyId)}`;
  }
}
