import type { DebriefView } from '../../core/debrief.ts';
import { APPROXIMATE_MODEL } from '../../core/key-moments.ts';
import type { PdfPicture } from './logo-png.ts';

// The PDF's built-in fonts cover Latin-1 only: typographic marks are written plainly.
const plain = (text: string) =>
  text
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/−/g, '-')
    .replace(/—/g, '-')
    .replace(/…/g, '...')
    .replace(/→/g, '->')
    .replace(/[^\x20-\xff\n]/g, '');

export interface SummaryOptions {
  /** The product the summary is from (branding.json's productName). */
  productName: string;
  /** The company's logo, drawn at the top. */
  logo?: PdfPicture;
  /** Who played, as they typed it or as the LMS knows them. */
  learnerName?: string;
  /** The debrief's radar chart as PNG data. */
  chartPng?: string;
}

/** A one-file summary a learner can hand to their manager: scenario, date, scores and key moments. */
export async function debriefPdf(
  view: DebriefView,
  when: Date,
  options: SummaryOptions,
): Promise<Blob> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  const { productName, logo, learnerName, chartPng } = options;
  doc.setProperties({
    title: plain(`${productName}: debrief of ${view.storyTitle}`),
    creator: plain(productName),
    ...(learnerName ? { author: plain(learnerName) } : {}),
  });
  const width = doc.internal.pageSize.getWidth() - 80;
  const bottom = doc.internal.pageSize.getHeight() - 50;
  let y = 50;
  const write = (text: string, size = 10, style: 'normal' | 'bold' = 'normal', gap = 4) => {
    doc.setFont('helvetica', style).setFontSize(size);
    for (const line of doc.splitTextToSize(plain(text), width) as string[]) {
      if (y > bottom) {
        doc.addPage();
        y = 50;
      }
      doc.text(line, 40, y);
      y += size * 1.25;
    }
    y += gap;
  };
  if (logo) {
    doc.addImage(logo.png, 'PNG', 40, y - 10, logo.width, logo.height);
    y += logo.height + 8;
  }
  write(`${productName}: debrief`, 18, 'bold');
  if (learnerName) write(`Prepared for: ${learnerName}`, 12, 'bold');
  write(`${view.storyTitle}  ·  ${when.toLocaleString()}`.replace('·', '-'), 11);
  write(`Ending reached: ${view.ending}`, 11);
  write(
    `Overall serving score: ${view.overall.display} (${view.overall.points} of ${view.overall.best} points)`,
    12,
    'bold',
  );
  write(view.verdict.heading, 12, 'bold', 2);
  write(view.verdict.explanation);
  write(view.verdict.test.text);
  if (view.verdict.barriers.length > 0)
    write(`Barriers: ${view.verdict.barriers.map((b) => b.label).join('; ')}`);
  if (chartPng) {
    if (y + 220 > bottom) {
      doc.addPage();
      y = 50;
    }
    doc.addImage(chartPng, 'PNG', 40, y, 220, 220);
    y += 230;
  }
  write('Qualities', 13, 'bold');
  for (const q of view.qualities) write(`${q.label}: ${q.display}`, 10, 'normal', 0);
  y += 8;
  write('Key moments', 13, 'bold');
  for (const m of view.decisions) {
    write(`${m.number}. You chose: ${m.chosen}`, 10, 'bold', 0);
    write(`${m.effects}. ${m.feedback}`, 10, 'normal', 0);
    write(m.reaction.text, 10, 'normal', 0);
    write(m.tradeOffs, 10, 'normal', 0);
    const others = m.chosenIsModel ? m.defensible.slice(1) : m.defensible;
    write(
      [
        m.chosenIsModel ? 'Model answer: this was one.' : 'Model answer:',
        ...others.map(
          (o) => `${m.chosenIsModel ? 'Also defensible: ' : ''}${o.text}. ${o.feedback}`,
        ),
        ...(m.approximate ? [APPROXIMATE_MODEL] : []),
      ].join(' '),
      10,
      'normal',
      8,
    );
  }
  return doc.output('blob');
}
