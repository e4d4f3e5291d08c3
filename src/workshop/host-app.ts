import { h } from '../render/dom/h.ts';
import type { HostAction } from '../protocol/phases.ts';
import type { HostSnapshot, StoryChoice } from '../protocol/snapshots.ts';
import type { TeamRow } from '../protocol/standings.ts';
import { WorkshopConnection } from './connection.ts';
import { downloadText } from './download.ts';
import { HostDashboard } from './host-dashboard.ts';
import { renderHostSetup } from './host-setup-view.ts';
import { hostCredentials, refusedForGood } from './stored-credentials.ts';
import { pageTitle } from '../core/brand.ts';
import { builtBrand } from '../built-brand.ts';

/**
 * The host page: pick a scenario and open a session, then run it. The host token stays in this
 * browser, so a reload (or a laptop that slept) returns to the same session.
 */
export class HostApp {
  private readonly connection = new WorkshopConnection();
  private stories: StoryChoice[] = [];
  private joinBase: string | null = null;
  private dashboard: HostDashboard | undefined;
  private settingUp = false;
  private retries = 0;

  constructor(private readonly root: HTMLElement) {}

  start(): void {
    document.title = pageTitle(builtBrand(), 'Host a workshop');
    this.root.replaceChildren(h('p', { role: 'status' }, 'Connecting to the workshop server…'));
    this.connection.onStatus((online) => {
      this.dashboard?.setConnection(online);
      if (online) void this.connected();
    });
    this.connection.on<HostSnapshot>('host:snapshot', (s) => this.show(s));
    this.connection.on<TeamRow[]>('host:teams', (rows) => this.dashboard?.upsertRows(rows));
  }

  private async connected(): Promise<void> {
    const list = await this.connection.request<{ stories: StoryChoice[]; joinBase: string | null }>(
      'stories:list',
    );
    if (list.ok) {
      this.stories = list.value.stories;
      this.joinBase = list.value.joinBase;
    }
    const saved = hostCredentials.load();
    if (!saved) {
      if (!this.dashboard && !this.settingUp) this.setup();
      return;
    }
    const resumed = await this.connection.request<{ snapshot: HostSnapshot }>('host:resume', saved);
    if (resumed.ok) {
      this.retries = 0;
      return this.show(resumed.value.snapshot);
    }
    if (!refusedForGood(resumed.error.code)) {
      // Throttled or no answer: the host token stays, and this page tries again.
      const notice = `Session ${saved.code} could not be reached yet: ${resumed.error.message} Trying again…`;
      if (this.dashboard) this.dashboard.notify(notice);
      else this.root.replaceChildren(h('p', { role: 'status' }, notice));
      if (this.retries++ < 60) setTimeout(() => void this.connected(), 5_000);
      return;
    }
    hostCredentials.clear();
    this.setup(`The last session could not be resumed: ${resumed.error.message}`);
  }

  private setup(notice = ''): void {
    this.settingUp = true;
    this.dashboard = undefined;
    renderHostSetup(
      this.root,
      this.stories,
      async (storyId) => {
        const opened = await this.connection.request<{
          hostToken: string;
          recoveryCode: string;
          snapshot: HostSnapshot;
        }>('host:open', { storyId });
        if (!opened.ok) return opened.error.message;
        hostCredentials.save({
          code: opened.value.snapshot.code,
          hostToken: opened.value.hostToken,
        });
        this.show(opened.value.snapshot);
        this.dashboard?.showRecovery(opened.value.recoveryCode);
        return undefined;
      },
      async (code, recovery) => {
        const back = await this.connection.request<{ hostToken: string; snapshot: HostSnapshot }>(
          'host:recover',
          { code, recovery },
        );
        if (!back.ok) return back.error.message;
        hostCredentials.save({ code: back.value.snapshot.code, hostToken: back.value.hostToken });
        this.show(back.value.snapshot);
        return undefined;
      },
      notice,
    );
  }

  private show(snapshot: HostSnapshot): void {
    this.settingUp = false;
    if (this.dashboard) return this.dashboard.update(snapshot);
    document.title = pageTitle(builtBrand(), `Workshop ${snapshot.code}: ${snapshot.story.title}`);
    const joinAddress = this.joinBase
      ? `${this.joinBase}/join.html`
      : new URL('join.html', location.href).href;
    this.dashboard = new HostDashboard(this.root, snapshot, joinAddress, {
      act: (action) => void this.act(action),
      exportCsv: () => void this.exportCsv(),
      newSession: () => {
        hostCredentials.clear();
        this.setup();
        this.root.querySelector('h1')?.focus();
      },
      removeTeam: (teamId) => void this.hostRequest('host:remove-team', { teamId }),
    });
    this.root.querySelector<HTMLElement>('.controls button')?.focus();
  }

  private async act(action: HostAction): Promise<void> {
    await this.hostRequest('host:action', { action });
  }

  private async hostRequest(event: string, extra: Record<string, string>): Promise<void> {
    const saved = hostCredentials.load();
    if (!saved) return;
    const reply = await this.connection.request<{ snapshot: HostSnapshot }>(event, {
      ...saved,
      ...extra,
    });
    if (reply.ok) {
      this.dashboard?.notify('');
      this.show(reply.value.snapshot);
    } else this.dashboard?.notify(reply.error.message);
  }

  private async exportCsv(): Promise<void> {
    const saved = hostCredentials.load();
    if (!saved) return;
    const file = await this.connection.request<{ filename: string; csv: string }>(
      'host:export',
      saved,
    );
    if (!file.ok) return this.dashboard?.notify(file.error.message);
    downloadText(file.value.filename, file.value.csv, 'text/csv;charset=utf-8');
    this.dashboard?.notify(`Results exported as ${file.value.filename}.`);
  }
}
