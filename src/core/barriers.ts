/**
 * The barriers that do customers a disservice (seed 004), as story tags: '#barrier: ID' on a choice
 * marks it as falling into that barrier, and the debrief names the barriers a learner fell into.
 */
export const BARRIERS = [
  {
    id: 'rigid-systems',
    label: 'Rigid systems',
    means: 'Letting the system decide what the customer can have.',
  },
  {
    id: 'no-problem-solving',
    label: 'Blinders to other options',
    means: 'Seeing one way, or none, instead of solving the problem.',
  },
  {
    id: 'no-assistance',
    label: 'No assistance',
    means: 'Leaving the customer to meet their own need.',
  },
  {
    id: 'follow-procedures',
    label: '“Follow procedures, stick to policies”',
    means: 'Applying the rule because it is the rule, whatever the case.',
  },
  {
    id: 'defensive',
    label: 'Defensive answers',
    means: 'Protecting yourself or the company when asked what can be done.',
  },
  {
    id: 'built-for-staff',
    label: 'Systems built for staff',
    means: 'Choosing what is easier for staff over what serves the customer.',
  },
  {
    id: 'protect-workflow',
    label: 'Protecting your workflow',
    means: 'Guarding your own convenience against colleagues’ or customers’ needs.',
  },
  {
    id: 'not-my-job',
    label: '“Not my job”',
    means: 'Handing the need to someone else instead of owning it.',
  },
  {
    id: 'over-reliance-on-tech',
    label: 'Over-reliance on technology',
    means: 'Trusting the machine or the script over the person in front of you.',
  },
  {
    id: 'unwilling',
    label: 'Unwillingness to solve it',
    means: 'Deciding the fix is more effort than the customer is worth.',
  },
] as const;

export type BarrierId = (typeof BARRIERS)[number]['id'];

export const BARRIER_IDS: readonly string[] = BARRIERS.map((b) => b.id);

export function isBarrier(id: string): id is BarrierId {
  return BARRIER_IDS.includes(id);
}

export function barrierInfo(id: BarrierId) {
  return BARRIERS.find((b) => b.id === id) ?? { id, label: id, means: '' };
}
