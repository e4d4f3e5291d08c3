// What an LRS or a cmi5 LMS received, by verb, and what a played scenario must send: written once
// here, in the order docs/lms.md gives for xAPI and for cmi5.

/** The verbs of `statements`, in order, by their last word ('launched', 'answered', …). */
export const verbsOf = (statements: readonly { verb: { id: string } }[]): string[] =>
  statements.map((s) => s.verb.id.replace(/^.*\//, ''));

const answered = (decisions: number) => Array.from({ length: decisions }, () => 'answered');

/**
 * An xAPI package's statements for one scenario played through `decisions` decisions: launched,
 * one answered per decision, the scenario's completed and result, then the course's own (a
 * one-scenario package is done when its scenario is).
 */
export function xapiPlayVerbs(decisions: number, result: 'passed' | 'failed'): string[] {
  return ['launched', ...answered(decisions), 'completed', result, 'completed', result];
}

/** A cmi5 AU's for the same play: initialized, answered per decision, completed, result, terminated. */
export function cmi5PlayVerbs(decisions: number, result: 'passed' | 'failed'): string[] {
  return ['initialized', ...answered(decisions), 'completed', result, 'terminated'];
}
