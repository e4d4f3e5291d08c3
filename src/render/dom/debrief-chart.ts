import type { QualityRow } from '../../core/debrief.ts';
import { h } from './h.ts';

/**
 * A radar chart of the practised qualities, drawn by Chart.js once the debrief is on screen. The
 * canvas is an image with the figures in its name; the table below stays the full text version.
 */
export function qualityChart(rows: readonly QualityRow[], reducedMotion: boolean): HTMLElement {
  const practised = rows.filter((r) => r.percent !== null);
  const summary = practised.map((r) => `${r.label} ${r.percent}%`).join(', ');
  const canvas = h('canvas', {
    role: 'img',
    'aria-label': `Radar chart of your serving: ${summary || 'no quality practised'}`,
    width: 420,
    height: 420,
  });
  const figure = h(
    'figure',
    { class: 'quality-chart' },
    canvas,
    h(
      'figcaption',
      {},
      practised.length < rows.length
        ? 'Qualities this story practises, as a share of what it lets you earn. The table below has every quality.'
        : 'Each quality as a share of what this story lets you earn. The table below has the same figures.',
    ),
  );
  if (practised.length >= 3) void draw(canvas, practised, reducedMotion);
  else canvas.remove();
  return figure;
}

async function draw(
  canvas: HTMLCanvasElement,
  rows: readonly QualityRow[],
  reducedMotion: boolean,
): Promise<void> {
  try {
    const { Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler } =
      await import('chart.js');
    Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);
    new Chart(canvas, {
      type: 'radar',
      data: {
        labels: rows.map((r) => r.label),
        datasets: [
          {
            label: 'Your serving',
            data: rows.map((r) => r.percent ?? 0),
            backgroundColor: 'rgba(47, 109, 79, 0.25)',
            borderColor: '#2f6d4f',
            pointBackgroundColor: '#2f6d4f',
          },
        ],
      },
      options: {
        responsive: false,
        animation: reducedMotion ? false : { duration: 400 },
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: {
          r: {
            min: 0,
            max: 100,
            ticks: { stepSize: 25, color: '#4a5263', backdropColor: 'transparent' },
            pointLabels: { color: '#1d2433', font: { size: 12 } },
            grid: { color: '#c9ced8' },
            angleLines: { color: '#c9ced8' },
          },
        },
      },
    });
  } catch (err) {
    // The table carries the same figures; a chart that fails to draw costs nothing else.
    console.warn('Serving Moments: the chart could not be drawn', err);
  }
}
