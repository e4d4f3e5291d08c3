import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../core/debrief.ts';
import { Encounter } from '../../core/encounter.ts';
import { exploreStory } from '../../core/explore.ts';
import { fixtureJson } from '../../../test/helpers/fixtures.ts';
import { debriefPdf } from './debrief-pdf.ts';

// A 1×1 PNG, as the page's canvas would hand over a drawn logo.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function smallDeskDebrief() {
  const json = fixtureJson('small-desk.ink');
  const replay = Encounter.resume(json, [0, 1], { seed: 0 });
  if (!replay.ok) throw new Error(replay.error.reason);
  const { ending, decisions } = replay.value;
  return buildDebrief(
    'The small front desk',
    'Mr. Osei',
    ending,
    decisions,
    exploreStory(json).ranges,
  );
}

async function pdfText(blob: Blob): Promise<string> {
  return Buffer.from(await blob.arrayBuffer()).toString('latin1');
}

/** The text lines jsPDF wrote (uncompressed, one Tj per line). */
const linesOf = (pdf: string) =>
  [...pdf.matchAll(/\(((?:\\.|[^\\)])*)\)\s*Tj/g)].map((m) => (m[1] ?? '').replace(/\\(.)/g, '$1'));

describe('the PDF summary', () => {
  const when = new Date('2026-03-02T10:00:00Z');

  it('carries the product name, the logo and the learner’s name', async () => {
    const pdf = await pdfText(
      await debriefPdf(smallDeskDebrief(), when, {
        productName: 'Acme Service Academy',
        logo: { png: PNG, width: 36, height: 36 },
        learnerName: 'Ana Ruiz',
      }),
    );
    const lines = linesOf(pdf);
    expect(lines[0]).toBe('Acme Service Academy: debrief');
    expect(lines[1]).toBe('Prepared for: Ana Ruiz');
    expect(lines).toContain('Ending reached: The lounge instead');
    expect(pdf).toMatch(/\/Subtype \/Image/);
    expect(pdf).toContain('/Title (Acme Service Academy: debrief of The small front desk)');
    expect(pdf).toContain('/Author (Ana Ruiz)');
  });

  it('without branding or a name, is Serving Moments’ summary with no picture and no name line', async () => {
    const pdf = await pdfText(
      await debriefPdf(smallDeskDebrief(), when, { productName: 'Serving Moments' }),
    );
    const lines = linesOf(pdf);
    expect(lines[0]).toBe('Serving Moments: debrief');
    expect(lines.some((l) => l.startsWith('Prepared for'))).toBe(false);
    expect(pdf).not.toMatch(/\/Subtype \/Image/);
  });
});
