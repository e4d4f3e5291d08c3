export type Route =
  | { screen: 'title' }
  | { screen: 'menu' }
  | { screen: 'play'; storyId: string }
  | { screen: 'debrief'; storyId: string };

export function parseRoute(hash: string): Route {
  const [, screen, id] = hash.replace(/^#/, '').split('/');
  const storyId = id ? decodeURIComponent(id) : '';
  if (screen === 'menu') return { screen: 'menu' };
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
    default:
      return `#/${route.screen}/${encodeURIComponent(route.storyId)}`;
  }
}
