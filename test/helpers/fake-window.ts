/** Just enough of a browser window for LMS detection: events, a document, the launch URL. */
export function fakeWindow(extra: Record<string, unknown> = {}, search = ''): Window {
  const win = Object.assign(new EventTarget(), {
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
    location: { search },
    ...extra,
  });
  return Object.assign(win, { parent: win, top: win }) as unknown as Window;
}
