import './styles.css';
import { App } from './app/app.ts';
import { bundledCatalog } from './catalog.ts';
import { browserStore, logStorageFailure } from './adapters/storage.ts';
import { storageNotice, storageSubject } from './render/dom/storage-notice.ts';
import { howlerSound } from './adapters/sound.ts';
import { detectLearningRecords } from './lms/detect.ts';
import { lmsConfig } from './lms/lms-config.ts';
import { noticeText } from './lms/notices.ts';
import { lmsNotice } from './render/dom/lms-notice.ts';
import { AMBIENCE_IDS, GAME_SOUND_IDS, STORY_SOUND_IDS } from './core/asset-ids.ts';
import { withStudioDraft } from './app/studio-draft.ts';
import { builtBrand } from './built-brand.ts';

// The composition root: the one place that picks real adapters. Tests and other hosts pick others.
const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

// Dismissed, a notice hands focus back to the screen: to the choices when there are some.
const refocus = () =>
  (
    root.querySelector<HTMLElement>('fieldset button') ??
    root.querySelector<HTMLElement>('button, [href], input, select, textarea')
  )?.focus();
// A write this device refuses (a full quota, storage turned off) is told on the page, in words for
// whose work it was: the learner's progress, the trainer's Studio draft, results waiting for an LRS.
const noticeStorage = storageNotice(root, refocus);
// Inside a SCORM LMS progress lives in suspend data; with an LRS in the launch URL, xAPI is sent.
// Review mode, tracking that is off or failing, and another tab recording are told on the page.
const showLmsNotice = lmsNotice(root, refocus);
const lms = detectLearningRecords(
  window,
  lmsConfig(),
  (n) => showLmsNotice(n.kind, noticeText(n)),
  (failure, subject) => {
    logStorageFailure(failure);
    noticeStorage(failure.reason, subject);
  },
);
// One store for the page: what the Studio writes, the game reads back, even when the device refused it.
const store =
  lms.store ??
  browserStore((failure) => {
    logStorageFailure(failure);
    noticeStorage(failure.reason, storageSubject(failure.key));
  });
// An LMS package (SCORM, cmi5 or xAPI) carries no Studio: learners are not authors there.
const trainerTools = import.meta.env.VITE_LMS_PACKAGE !== '1';
new App({
  root,
  // The Studio's "Play in the game" story plays where trainers are: never in an LMS package.
  catalog: trainerTools ? withStudioDraft(bundledCatalog(), store) : bundledCatalog(),
  store,
  sound: howlerSound(`${import.meta.env.BASE_URL}audio/`, [
    ...GAME_SOUND_IDS,
    ...STORY_SOUND_IDS,
    ...AMBIENCE_IDS,
  ]),
  loadStage: () => import('./render/stage/phaser-stage.ts').then((m) => m.createPhaserStage),
  record: lms.record,
  trainerTools,
  newSeed: () => Math.floor(Math.random() * 2 ** 31),
  reducedMotion: window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  brand: builtBrand(),
  ...(lms.learnerName ? { learnerName: lms.learnerName } : {}),
}).start();
