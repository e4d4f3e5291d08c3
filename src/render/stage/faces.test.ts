import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { facePath, faceSlug } from '../../core/faces.ts';
import { MOODS } from '../../core/moods.ts';
import { PROJECT } from '../../../test/helpers/temp-project.ts';

const customers = readdirSync(path.join(PROJECT, 'stories'))
  .filter((f) => f.endsWith('.ink'))
  .map(
    (f) =>
      /^#\s*customer:\s*(.+)$/m
        .exec(readFileSync(path.join(PROJECT, 'stories', f), 'utf8'))?.[1]
        ?.trim() ?? '',
  );

describe("the customers' faces", () => {
  it('exist for every shipped customer in all six moods', () => {
    const missing = customers.flatMap((c) =>
      MOODS.map((m) => facePath(c, m)).filter((p) => !existsSync(path.join(PROJECT, 'assets', p))),
    );
    expect(missing).toEqual([]);
  });

  it('differ from mood to mood, and every customer has a folder of their own', () => {
    for (const customer of customers) {
      const svgs = MOODS.map((m) =>
        readFileSync(path.join(PROJECT, 'assets', facePath(customer, m)), 'utf8'),
      );
      expect(new Set(svgs).size, customer).toBe(MOODS.length);
    }
    expect(new Set(customers.map(faceSlug)).size).toBe(customers.length);
  });
});
