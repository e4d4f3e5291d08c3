// The debrief's section headings, one source for the solo debrief and a workshop team's: the
// verdict heading already says "You served", so the team's sections say "you" as well.
export const QUALITIES_HEADING = 'How you served, quality by quality';
export const MOMENTS_HEADING = 'Key moments';
