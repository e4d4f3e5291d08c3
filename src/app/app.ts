import type { StoryCatalog } from '../catalog.ts';
import type { KeyValueStore } from '../adapters/storage.ts';
import type { SoundPort } from '../adapters/sound.ts';
import type { LearningRecord } from '../adapters/learning-record.ts';
import { renderProgress } from '../render/dom/progress-screen.ts';
import { bestScores } from '../core/progress.ts';
import { renderTitle } from '../render/dom/title-screen.ts';
import { welcomeSeen } from './first-run.ts';
import type { StageFactory } from '../render/stage/stage.ts';
import type { EncounterController } from './encounter-controller.ts';
import { Playthroughs } from './playthroughs.ts';
import { applyToPage, SettingsStore } from './settings-store.ts';
import { effectsGain, MS_PER_CHARACTER, musicGain } from '../core/settings.ts';
import { openSettings } from '../render/dom/settings-dialog.ts';
import { ProgressStore } from './progress-store.ts';
import { progressView } from './progress-view.ts';
import { hrefOf, parseRoute, type Route } from './routes.ts';
import { pageTitle, type Brand } from '../core/brand.ts';
import { summaryName } from './summary-name.ts';
import { openStudio } from './studio-route.ts';
import { showMenu } from './menu-route.ts';
import { STUDIO_DRAFT_ID } from './studio-draft.ts';

export interface AppDeps {
  root: HTMLElement;
  catalog: StoryCatalog;
  store: KeyValueStore;
  sound: SoundPort;
  /** An LMS or learning record store to report to; `noLearningRecord` when there is none. */
  record: LearningRecord;
  /** Starts loading the scene renderer; called once the menu is up, so it never delays the menu. */
  loadStage: () => Promise<StageFactory | undefined>;
  newSeed: () => number;
  /** Offer the Story Studio; off inside LMS packages, where only learners come. */
  trainerTools: boolean;
  reducedMotion: boolean;
  /** The company's product name and logo (branding.json); Serving Moments' own without one. */
  brand: Brand;
  /** The learner's name as the LMS or LRS that launched the game gives it. */
  learnerName?: string;
}

/** Routes between screens. Each screen is drawn by render/, each rule lives in core/. */
export class App {
  private readonly playthroughs: Playthroughs;
  private readonly progress: ProgressStore;
  private readonly settings: SettingsStore;
  private encounter: EncounterController | undefined;
  /** Cleanup of the open Story Studio: stops its compile worker. */
  private leaveStudio: (() => void) | undefined;
  private stage: Promise<StageFactory | undefined> | undefined;
  private playing: Promise<typeof import('./story-screens.ts')> | undefined;
  private routeCount = 0;

  constructor(private readonly deps: AppDeps) {
    this.playthroughs = new Playthroughs(deps.store);
    this.progress = new ProgressStore(deps.store);
    this.settings = new SettingsStore(deps.store, deps.reducedMotion);
  }

  start(): void {
    this.settings.subscribe((s) => {
      applyToPage(s);
      this.deps.sound.setGains(effectsGain(s), musicGain(s));
    });
    this.deps.record.launched(this.deps.catalog.entries().map((e) => e.id));
    window.addEventListener('hashchange', () => void this.show(parseRoute(location.hash)));
    void this.show(parseRoute(location.hash));
  }

  private go(route: Route): void {
    const href = hrefOf(route);
    if (location.hash === href) void this.show(route);
    else location.hash = href;
  }

  private preloadStage(): Promise<StageFactory | undefined> {
    this.stage ??= this.deps.loadStage().catch(() => undefined);
    return this.stage;
  }

  private async show(route: Route): Promise<void> {
    const turn = ++this.routeCount;
    this.encounter?.close();
    this.encounter = undefined;
    this.leaveStudio?.();
    this.leaveStudio = undefined;
    const { root } = this.deps;
    if (route.screen === 'title') {
      renderTitle(
        root,
        {
          onStart: () => this.go({ screen: 'menu' }),
          onSettings: () => this.openSettings(),
          ...(this.deps.trainerTools ? { onStudio: () => this.go({ screen: 'studio' }) } : {}),
        },
        this.deps.brand,
      );
      document.title = pageTitle(this.deps.brand);
      return;
    }
    if (route.screen === 'studio') {
      if (!this.deps.trainerTools) this.go({ screen: 'title' });
      else {
        const leave = await openStudio({
          root,
          store: this.deps.store,
          brand: this.deps.brand,
          onBack: () => this.go({ screen: 'title' }),
          stillHere: () => turn === this.routeCount,
        });
        if (turn === this.routeCount) this.leaveStudio = leave;
      }
      return;
    }
    if (route.screen === 'menu') {
      this.showMenu();
      return;
    }
    if (route.screen === 'progress') {
      document.title = pageTitle(this.deps.brand, 'Progress');
      const progress = this.progress.read();
      renderProgress(
        root,
        progressView(progress, this.deps.catalog.entries(), this.progress.takeNotice()),
        (id) => this.go({ screen: 'play', storyId: id }),
        () => this.go({ screen: 'menu' }),
      );
      return;
    }
    const [story, screens] = await Promise.all([
      this.deps.catalog.load(route.storyId),
      this.storyScreens(),
    ]);
    if (turn !== this.routeCount) return; // the learner moved on while the story loaded
    if (!story) {
      this.showMenu(`There is no playable scenario called '${route.storyId}'.`);
      return;
    }
    document.title = pageTitle(this.deps.brand, story.meta.title);
    // A story sent from the Studio is the trainer's test: the way out leads back to the Studio.
    const fromStudio = story.id === STUDIO_DRAFT_ID;
    const back = () => this.go(fromStudio ? { screen: 'studio' } : { screen: 'menu' });
    if (route.screen === 'play') {
      this.encounter = new screens.EncounterController(story, {
        root,
        playthroughs: this.playthroughs,
        sound: this.deps.sound,
        record: this.deps.record,
        stage: this.preloadStage(),
        newSeed: this.deps.newSeed,
        reducedMotion: this.settings.get().reducedMotion,
        textSpeed: () => MS_PER_CHARACTER[this.settings.get().textSpeed],
        // Back to the choices (or whatever the encounter offers now), not to the Settings button.
        openSettings: () =>
          this.openSettings(() =>
            root.querySelector<HTMLElement>('.encounter .actions :is(.choices, button)'),
          ),
        onEnded: (encounter) =>
          this.progress.record(screens.attemptOf(story, encounter, new Date())),
        navigate: {
          toDebrief: () => this.go({ screen: 'debrief', storyId: story.id }),
          toMenu: back,
        },
      });
      return;
    }
    const { save } = this.playthroughs.load(story.id);
    const shown = screens.showDebrief(
      root,
      story,
      save,
      {
        onPlayAgain: () => {
          this.playthroughs.clear(story.id);
          this.go({ screen: 'play', storyId: story.id });
        },
        onMenu: back,
        ...(fromStudio ? { menuLabel: 'Back to the Studio' } : {}),
        onRetryFrom: (decision) => {
          // Keep the seed and the choices before this decision: the same beats replay to that point.
          if (save) this.playthroughs.save({ ...save, path: save.path.slice(0, decision) });
          this.go({ screen: 'play', storyId: story.id });
        },
      },
      {
        storyId: story.id,
        finishedAt: new Date(),
        reducedMotion: this.settings.get().reducedMotion,
        brand: this.deps.brand,
        ...summaryName(this.deps.store, this.deps.learnerName),
      },
    );
    if (!shown) {
      this.go({ screen: 'play', storyId: story.id });
      return;
    }
    document.title = pageTitle(this.deps.brand, `Debrief: ${story.meta.title}`);
  }

  /** The chunk that plays and scores stories (with the ink runtime), fetched once. */
  private storyScreens(): Promise<typeof import('./story-screens.ts')> {
    this.playing ??= import('./story-screens.ts');
    return this.playing;
  }

  private openSettings(focusAfter?: () => HTMLElement | null): void {
    openSettings(this.settings.get(), (next) => this.settings.set(next), focusAfter);
  }

  /** The menu, with the welcome above the scenarios on a first run or when the learner asks. */
  private showMenu(notice = '', welcome = !welcomeSeen(this.deps.store)): void {
    showMenu(
      {
        root: this.deps.root,
        store: this.deps.store,
        catalog: this.deps.catalog,
        brand: this.deps.brand,
        playthroughs: this.playthroughs,
        best: bestScores(this.progress.read()),
        go: (route) => this.go(route),
        again: (withWelcome) => this.showMenu('', withWelcome),
        prefetchScreens: () => void this.storyScreens(),
        preload: () => {
          void this.storyScreens();
          void this.preloadStage();
        },
      },
      notice,
      welcome,
    );
  }
}
