import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../build/compile-ink.ts';
import { formatDiagnostic } from './diagnostic.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';

const outcome = (file: string) => compileInkFile(path.join(FIXTURES, file), FIXTURES);
const warningsOf = (file: string) =>
  outcome(file)
    .diagnostics.filter((d) => d.severity === 'warning')
    .map(formatDiagnostic);

describe('warnings where the scoring will mislead', () => {
  it('flags a "do both" option, an option worth +5 or three qualities, a barrier earning stewardship, an untagged cost and a quality only earned off the best play', () => {
    const warnings = warningsOf('judge-options.ink');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^judge-options\.ink:10: warning: choice 'Ask what happened and swap it' scores everything 'Ask what happened' does, and more \(a 'do both' answer/,
        ),
        expect.stringMatching(
          /^judge-options\.ink:10: warning: choice 'Ask what happened and swap it' carries gains in Listening, Empathy, Healing \(/,
        ),
        expect.stringMatching(
          /^judge-options\.ink:18: warning: choice 'Refund him and give him a voucher too' carries \+5 in all \(/,
        ),
        expect.stringMatching(
          /^judge-options\.ink:14: warning: barrier choice 'Quote the returns policy' earns stewardship \(stewardship is holding in trust, not compliance/,
        ),
        expect.stringMatching(
          /^judge-options\.ink:24: warning: the best play earns none of the 2 Building community points the story offers \(Building community is earned only off the best play, e\.g\. by 'Promise a courier tonight/,
        ),
        expect.stringMatching(
          /^judge-options\.ink:20: warning: the feedback on 'Apologise and book it in for repair' names a cost \('but…'\) that no tag carries \(tag the cost/,
        ),
      ]),
    );
  });

  it('flags model answers that cost nothing, a best ending open to poor play, and DEAD plays ending in delight', () => {
    const warnings = warningsOf('judge-routes.ink');
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^judge-routes\.ink:10: warning: the model answer costs nothing at 4 of 4 decisions \(100%, more than 70%\) \(/,
        ),
        expect.stringMatching(
          /^judge-routes\.ink:35: warning: the best ending 'A happy customer' is reachable on a path scoring 0% \(choices 2, 2, 2, 2\) \(gate the best ending/,
        ),
        expect.stringMatching(
          /^judge-routes\.ink:35: warning: a path the verdict calls DEAD \(0%, below 60%\) ends 'A happy customer' with the customer delighted \(choices 2, 2, 2, 2\) \(/,
        ),
      ]),
    );
  });

  it('stays quiet on a story written to the guide, and never turns a warning into an error', () => {
    expect(warningsOf('judge-guide.ink')).toEqual([]);
    for (const file of ['judge-options.ink', 'judge-routes.ink'])
      expect(outcome(file).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
