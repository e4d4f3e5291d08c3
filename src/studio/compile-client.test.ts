import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompileClient } from './compile-client.ts';
import type { CompileRequest, CompileResponse, CompileWorker } from './compile-protocol.ts';
import type { StoryFile } from './story-files.ts';

class FakeWorker implements CompileWorker {
  sent: CompileRequest[] = [];
  onmessage: ((event: MessageEvent<CompileResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  postMessage(message: CompileRequest) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers the oldest request: a check (with JSON when `json` is set) or an exploration. */
  answer(json?: string) {
    const request = this.sent.shift();
    if (!request) throw new Error('nothing to answer');
    if (request.kind === 'explore') {
      const report = `report of ${request.json}`;
      this.reply({ kind: 'explored', id: request.id, check: { diagnostics: [], report } });
      return;
    }
    const check = json ? { json, diagnostics: [], compile: [] } : { diagnostics: [], compile: [] };
    this.reply({ kind: 'checked', id: request.id, files: request.files, check });
  }
  private reply(data: CompileResponse) {
    this.onmessage?.({ data } as unknown as MessageEvent<CompileResponse>);
  }
}

const files = (text: string): StoryFile[] => [{ name: 'story.ink', text }];
const BUDGETS = { pauseMs: 300, checkMs: 5_000, exploreMs: 20_000 };

describe('the compile client', () => {
  let workers: FakeWorker[];
  let results: string[];
  let client: CompileClient;
  const checker = () => workers[0] ?? new FakeWorker();
  const explorer = () => workers[workers.length - 1] ?? new FakeWorker();
  const texts = (worker: FakeWorker) =>
    worker.sent.map((r) => (r.kind === 'explore' ? `explore ${r.json}` : (r.files[0]?.text ?? '')));

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    results = [];
    const create = () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    };
    client = new CompileClient(
      create,
      {
        onBusy: () => {},
        onChecked: (f) => results.push(`checked ${f[0]?.text}`),
        onExploring: (f) => results.push(`exploring ${f[0]?.text}`),
        onExplored: (_, check) => results.push(check.report ?? 'no report'),
        onStopped: (stage, seconds) => results.push(`${stage} stopped after ${seconds} s`),
        onHeld: () => results.push('held'),
        onFailure: (message) => results.push(`failed: ${message}`),
      },
      BUDGETS,
    );
  });
  afterEach(() => vi.useRealTimers());

  it('checks once typing pauses, with the latest text only, then explores it', () => {
    client.request(files('a'));
    vi.advanceTimersByTime(100);
    client.request(files('ab'));
    vi.advanceTimersByTime(299);
    expect(texts(checker())).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(texts(checker())).toEqual(['ab']);
    checker().answer('{"ab":1}');
    expect(workers).toHaveLength(2);
    expect(texts(explorer())).toEqual(['explore {"ab":1}']);
    explorer().answer();
    expect(results).toEqual(['checked ab', 'exploring ab', 'report of {"ab":1}']);
    expect(explorer().terminated).toBe(true);
  });

  it('checks one text at a time, then the latest text typed meanwhile', () => {
    client.requestNow(files('one'));
    client.request(files('two'));
    vi.advanceTimersByTime(300);
    client.request(files('three'));
    vi.advanceTimersByTime(300);
    expect(texts(checker())).toEqual(['one']);
    checker().answer('{}');
    expect(texts(checker())).toEqual(['three']);
    expect(workers).toHaveLength(1); // no exploration of text already outdated
    checker().answer();
    expect(results).toEqual(['checked one', 'checked three']);
  });

  it('stops the exploration at the next keystroke, and checks the new text in the warm worker', () => {
    client.requestNow(files('one'));
    checker().answer('{}');
    const outdated = explorer();
    client.request(files('two'));
    expect(outdated.terminated).toBe(true);
    vi.advanceTimersByTime(300);
    expect(checker().terminated).toBe(false);
    expect(texts(checker())).toEqual(['two']);
    checker().answer('{"two":2}');
    explorer().answer();
    expect(results).toEqual([
      'checked one',
      'exploring one',
      'checked two',
      'exploring two',
      'report of {"two":2}',
    ]);
  });

  it('stops an exploration that runs past its budget and says after how long', () => {
    client.requestNow(files('loop'));
    checker().answer('{"loop":1}');
    const running = explorer();
    vi.advanceTimersByTime(BUDGETS.exploreMs - 1);
    expect(running.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(running.terminated).toBe(true);
    expect(results).toEqual(['checked loop', 'exploring loop', 'explore stopped after 20 s']);
  });

  it('replaces a checker that never answers, and checks the next text in the new one', () => {
    client.requestNow(files('stuck'));
    vi.advanceTimersByTime(BUDGETS.checkMs);
    expect(workers[0]?.terminated).toBe(true);
    expect(results).toEqual(['check stopped after 5 s']);
    client.requestNow(files('next'));
    expect(texts(workers[1] ?? new FakeWorker())).toEqual(['next']);
  });

  it('holds the exploration of a restored text until asked', () => {
    client.requestHeld(files('hung before'));
    checker().answer('{"h":1}');
    expect(workers).toHaveLength(1);
    expect(results).toEqual(['checked hung before', 'held']);
    client.exploreNow();
    expect(texts(explorer())).toEqual(['explore {"h":1}']);
  });

  it('reports a worker that fails, and stops the workers when disposed', () => {
    client.requestNow(files('x'));
    checker().onerror?.({ message: 'boom', preventDefault: () => {} } as unknown as ErrorEvent);
    expect(results).toEqual(['failed: boom']);
    client.dispose();
    expect(checker().terminated).toBe(true);
  });
});
