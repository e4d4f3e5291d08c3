/** A window as far as finding the LMS goes: tests pass plain objects. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
  top?: WindowLike | null;
}

// ADL's reference search gives up after this many frames; an LMS never nests deeper.
const MAX_DEPTH = 500;

function read(win: WindowLike, name: string): unknown {
  try {
    return (win as Record<string, unknown>)[name] ?? undefined;
  } catch {
    return undefined; // a cross-origin frame: not ours to look into
  }
}

function parentOf(win: WindowLike): WindowLike | undefined {
  try {
    const parent = win.parent;
    return parent && parent !== win ? parent : undefined;
  } catch {
    return undefined;
  }
}

function searchUp(start: WindowLike, name: string): unknown {
  let win: WindowLike | undefined = start;
  for (let depth = 0; win && depth < MAX_DEPTH; depth++) {
    const found = read(win, name);
    if (found) return found;
    win = parentOf(win);
  }
  return undefined;
}

function openerOf(win: WindowLike | null | undefined): WindowLike | undefined {
  try {
    return win?.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds an LMS API object the way the SCORM run-time specs describe: this window and each parent up
 * to the top, then the window that opened this one (an LMS that launches content in a pop-up) and
 * its parents.
 */
export function findLmsApi(win: WindowLike, name: string): unknown {
  const here = searchUp(win, name);
  if (here) return here;
  let top: WindowLike | null | undefined;
  try {
    top = win.top;
  } catch {
    top = undefined;
  }
  const opener = openerOf(win) ?? openerOf(top);
  return opener ? searchUp(opener, name) : undefined;
}
