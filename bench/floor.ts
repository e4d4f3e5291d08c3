// The floor the game is measured against: a page that loads only the inkjs runtime and shows three
// buttons. Whatever the game costs beyond this is ours.
import { Story } from 'inkjs';

const main = document.getElementById('floor');
if (main) {
  (window as unknown as { inkReady: boolean }).inkReady = typeof Story === 'function';
  for (const label of ['First', 'Second', 'Third']) {
    const button = document.createElement('button');
    button.textContent = label;
    main.append(button);
  }
  // Its buttons are in the page: the floor's counterpart of the game's 'menu-ready' mark.
  performance.mark('floor-ready');
}
