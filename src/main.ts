import './styles.css';
import { App } from './app/app.ts';
import { bundledCatalog } from './catalog.ts';
import { browserStore } from './adapters/storage.ts';
import { howlerSound } from './adapters/sound.ts';
import { detectLearningRecords } from './lms/detect.ts';
import { AMBIENCE_IDS, GAME_SOUND_IDS, STORY_SOUND_IDS } from './core/asset-ids.ts';

// The composition root: the one place that picks real adapters. Tests and other hosts pick others.
const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

// Inside a SCORM LMS progress lives in suspend data; with an LRS in the launch URL, xAPI is sent.
const lms = detectLearningRecords(window);

new App({
  root,
  catalog: bundledCatalog(),
  store: lms.store ?? browserStore(),
  sound: howlerSound(`${import.meta.env.BASE_URL}audio/`, [
    ...GAME_SOUND_IDS,
    ...STORY_SOUND_IDS,
    ...AMBIENCE_IDS,
  ]),
  loadStage: () => import('./render/stage/phaser-stage.ts').then((m) => m.createPhaserStage),
  record: lms.record,
  trainerTools: !import.meta.env.VITE_SCORM_EDITION,
  newSeed: () => Math.floor(Math.random() * 2 ** 31),
  reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
}).start();
