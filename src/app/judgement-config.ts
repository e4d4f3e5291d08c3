import type { DebriefSettings } from '../core/debrief.ts';
import { aliveAtFrom } from '../core/verdict.ts';

/** The build's judgement settings (`VITE_ALIVE_AT`, see docs/writing-stories.md); the default otherwise. */
export const debriefSettings = (): DebriefSettings => ({ aliveAt: aliveAtFrom(import.meta.env) });
