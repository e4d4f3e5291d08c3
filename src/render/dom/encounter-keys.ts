/**
 * What a key pressed during an encounter asks for: move the reveal on (Space or Enter, while lines
 * are being revealed), a choice by its number (1–9, while `choices` are on show), or nothing (a
 * modified key, typing in a field, a focused control's own key).
 */
export function encounterKey(
  event: KeyboardEvent,
  revealing: boolean,
  choices: number,
): 'next' | number | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const target = event.target as HTMLElement | null;
  if (
    target &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  )
    return undefined;
  if (revealing && (event.key === ' ' || event.key === 'Enter')) {
    // A focused button or link acts on its own key; anywhere else the key moves the reveal on.
    if (target?.closest('button, a, [role="button"], dialog')) return undefined;
    return 'next';
  }
  if (!/^[1-9]$/.test(event.key)) return undefined;
  const index = Number(event.key) - 1;
  return index < choices ? index : undefined;
}
