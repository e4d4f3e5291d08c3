/**
 * The e2e tests' expected debriefs, from an oracle that imports nothing of src/: stories compiled
 * and played with inkjs alone (ink-oracle.ts, ink-walk.ts), judged by the rules the writing guide
 * documents and worded by debrief-oracle.ts. `compiledStory` gives a story's ink JSON and global
 * tags as inkjs's own compiler makes them (what extreme-paths.ts walks).
 */
export { expectedDebrief, oracleStory as compiledStory } from './debrief-oracle.ts';
