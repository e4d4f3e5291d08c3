import type { QualityRow } from '../../core/debrief.ts';
import { h } from './h.ts';

interface ChartLook {
  fontPx: number;
  ink: string;
  muted: string;
  line: string;
  good: string;
}

/** The page's own type size and colours, so the chart follows text size and high contrast. */
function lookOf(element: HTMLElement): ChartLook {
  const style = getComputedStyle(element);
  const color = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    fontPx: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
    ink: color('--ink', '#1d2433'),
    muted: color('--muted', '#4a5263'),
    line: color('--line', '#c9ced8'),
    good: color('--good', '#2f6d4f'),
  };
}

/** A quarter-opaque fill of a #rrggbb colour (the page's colours are written that way). */
function translucent(hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? `${hex}40` : 'rgba(47, 109, 79, 0.25)';
}

/** "A", "A and B", "A, B and C". */
const listed = (names: readonly string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * A radar chart of the qualities this story lets a learner earn, each spoke the share of what the
 * best-serving play earns (the table's own figure), drawn by Chart.js once the debrief is on screen
 * and again when the learner changes text size or contrast. A quality the best play earns nothing
 * in is only kept or lost: its "kept" share would draw as a long spoke on a bad run, so it is left
 * off the chart and the note under it says to read it in the table. The canvas is an image with
 * the figures in its name; the table below, with its caption, stays the full text version.
 */
export function qualityChart(rows: readonly QualityRow[], reducedMotion: boolean): HTMLElement {
  const plotted = rows.filter((r) => r.kind === 'earned' && r.percent !== null);
  const kept = rows.filter((r) => r.kind === 'kept').map((r) => r.label);
  const summary = plotted.map((r) => `${r.label} ${r.percent}%`).join(', ');
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': `Radar chart of your serving: ${summary || 'no quality practised'}`,
  });
  const note = h(
    'p',
    { class: 'chart-note' },
    'Each spoke is your share of what the best-serving play earns in that quality.',
    kept.length
      ? ` ${listed(kept)} ${kept.length === 1 ? 'has' : 'have'} nothing to earn in this story, only to keep or lose: read ${kept.length === 1 ? 'it' : 'them'} in the table.`
      : '',
  );
  const box = h('div', { class: 'quality-chart' }, canvas, note);
  if (plotted.length >= 3) void drawAndFollow(canvas, plotted, reducedMotion);
  else box.hidden = true;
  return box;
}

async function drawAndFollow(
  canvas: HTMLCanvasElement,
  rows: readonly QualityRow[],
  reducedMotion: boolean,
): Promise<void> {
  try {
    const { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler } =
      await import('chart.js');
    Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
    let chart: InstanceType<typeof Chart> | undefined;
    const draw = (animate: boolean) => {
      chart?.destroy();
      const look = lookOf(canvas);
      // Room for the labels grows with the text: 26 of the page's own ems across.
      const side = Math.round(26 * look.fontPx);
      canvas.width = side;
      canvas.height = side;
      chart = new Chart(canvas, {
        type: 'radar',
        data: {
          labels: rows.map((r) => r.label),
          datasets: [
            {
              label: 'Your serving',
              data: rows.map((r) => r.percent ?? 0),
              backgroundColor: translucent(look.good),
              borderColor: look.good,
              pointBackgroundColor: look.good,
            },
          ],
        },
        options: {
          responsive: false,
          animation: animate && !reducedMotion ? { duration: 400 } : false,
          plugins: { legend: { display: false }, tooltip: { enabled: false } },
          scales: {
            r: {
              min: 0,
              max: 100,
              ticks: {
                stepSize: 25,
                color: look.muted,
                backdropColor: 'transparent',
                font: { size: Math.round(look.fontPx * 0.75) },
              },
              pointLabels: { color: look.ink, font: { size: Math.round(look.fontPx * 0.8) } },
              grid: { color: look.line },
              angleLines: { color: look.line },
            },
          },
        },
      });
    };
    draw(true);
    const observer = new MutationObserver(() => {
      if (!canvas.isConnected) return observer.disconnect();
      draw(false);
    });
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-text-size', 'data-contrast'],
    });
  } catch (err) {
    // The table carries the same figures; a chart that fails to draw costs nothing else.
    console.warn('Serving Moments: the chart could not be drawn', err);
  }
}
