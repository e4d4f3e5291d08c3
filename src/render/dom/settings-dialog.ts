import { TEXT_SIZES, TEXT_SPEEDS, type Settings } from '../../core/settings.ts';
import { h, uniqueId } from './h.ts';

const SIZE_LABELS = { normal: 'Normal', large: 'Large', larger: 'Larger' } as const;
const SPEED_LABELS = { instant: 'Instant', fast: 'Fast', normal: 'Normal', slow: 'Slow' } as const;

function slider(label: string, value: number, onInput: (v: number) => void): HTMLElement {
  const id = uniqueId('setting');
  const input = h('input', { id, type: 'range', min: 0, max: 100, step: 5, value });
  const output = h('output', { for: id }, `${value}%`);
  input.addEventListener('input', () => {
    output.textContent = `${input.value}%`;
    onInput(Number(input.value));
  });
  return h('div', { class: 'setting' }, h('label', { for: id }, label), input, output);
}

function checkbox(label: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
  const id = uniqueId('setting');
  const input = h('input', { id, type: 'checkbox', checked });
  input.addEventListener('change', () => onChange(input.checked));
  return h('div', { class: 'setting setting-check' }, input, h('label', { for: id }, label));
}

function radios<T extends string>(
  legend: string,
  options: readonly T[],
  labels: Record<T, string>,
  value: T,
  onChange: (v: T) => void,
): HTMLElement {
  const name = uniqueId('setting');
  return h(
    'fieldset',
    { class: 'setting-group' },
    h('legend', {}, legend),
    ...options.map((option) => {
      const id = uniqueId('setting');
      const input = h('input', {
        id,
        type: 'radio',
        name,
        value: option,
        checked: option === value,
      });
      input.addEventListener('change', () => input.checked && onChange(option));
      return h('span', { class: 'setting-radio' }, input, h('label', { for: id }, labels[option]));
    }),
  );
}

/**
 * Settings in a modal dialog, so opening them mid-encounter loses nothing; each change applies at
 * once. Escape or Close returns focus to `focusAfter` (mid-encounter: the choices), or else to
 * where the learner was.
 */
export function openSettings(
  current: Settings,
  onChange: (next: Settings) => void,
  focusAfter?: () => HTMLElement | null,
): void {
  let settings = { ...current };
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    settings = { ...settings, [key]: value };
    onChange(settings);
  };
  const returnTo = document.activeElement as HTMLElement | null;
  const close = h('button', { type: 'button', class: 'primary' }, 'Close');
  const dialog = h(
    'dialog',
    { class: 'settings-dialog', 'aria-labelledby': 'settings-heading' },
    h('h2', { id: 'settings-heading' }, 'Settings'),
    h(
      'fieldset',
      { class: 'setting-group' },
      h('legend', {}, 'Sound'),
      slider('Master volume', settings.master, (v) => set('master', v)),
      slider('Music volume', settings.music, (v) => set('music', v)),
      slider('Effects volume', settings.effects, (v) => set('effects', v)),
      checkbox('Mute all sound', settings.muted, (v) => set('muted', v)),
    ),
    radios('Text size', TEXT_SIZES, SIZE_LABELS, settings.textSize, (v) => set('textSize', v)),
    radios('Text speed', TEXT_SPEEDS, SPEED_LABELS, settings.textSpeed, (v) => set('textSpeed', v)),
    h(
      'fieldset',
      { class: 'setting-group' },
      h('legend', {}, 'Display'),
      checkbox('Reduce motion', settings.reducedMotion, (v) => set('reducedMotion', v)),
      checkbox('High contrast', settings.highContrast, (v) => set('highContrast', v)),
    ),
    close,
  );
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    dialog.remove();
    (focusAfter?.() ?? returnTo)?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input')?.focus();
}
