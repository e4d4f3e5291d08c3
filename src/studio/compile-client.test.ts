import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CompileClient } from './compile-client.ts';
import type { CompileRequest, CompileResponse, CompileWorker } from './compile-protocol.ts';

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
  /** Answers the oldest request: a check (with JSON when `json` is set) or a report. */
  answer(json?: string) {
    const request = this.sent.shift();
    if (!request) throw new Error('nothing to answer');
    if (request.kind === 'report') {
      this.reply({ kind: 'report', id: request.id, report: `report of ${request.json}` });
      return;
    }
    const check = json ? { json, diagnostics: [] } : { diagnostics: [] };
    this.reply({ kind: 'checked', id: request.id, text: request.text, check });
  }
  private reply(data: CompileResponse) {
    this.onmessage?.({ data } as unknown as MessageEvent<CompileResponse>);
  }
}

describe('the compile client', () => {
  let workers: FakeWorker[];
  let results: string[];
  let client: CompileClient;
  const checker = () => workers[0] ?? new FakeWorker();
  const reporter = () => workers[workers.length - 1] ?? new FakeWorker();
  const texts = (worker: FakeWorker) =>
    worker.sent.map((r) => (r.kind === 'check' ? r.text : `report ${r.json}`));

  beforeEach(() => {
    vi.useFakeTimers();
    workers = [];
    results = [];
    const create = () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    };
    client = new CompileClient(create, {
      onBusy: () => {},
      onChecked: (text) => results.push(`checked ${text}`),
      onReport: (report) => results.push(report),
      onFailure: (message) => results.push(`failed: ${message}`),
    });
  });
  afterEach(() => vi.useRealTimers());

  it('checks once typing pauses, with the latest text only, then reports on it', () => {
    client.request('a');
    vi.advanceTimersByTime(100);
    client.request('ab');
    vi.advanceTimersByTime(299);
    expect(texts(checker())).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(texts(checker())).toEqual(['ab']);
    checker().answer('{"ab":1}');
    expect(workers).toHaveLength(2);
    expect(texts(reporter())).toEqual(['report {"ab":1}']);
    reporter().answer();
    expect(results).toEqual(['checked ab', 'report of {"ab":1}']);
    expect(reporter().terminated).toBe(true);
  });

  it('checks one text at a time, then the latest text typed meanwhile', () => {
    client.requestNow('one');
    client.request('two');
    vi.advanceTimersByTime(300);
    client.request('three');
    vi.advanceTimersByTime(300);
    expect(texts(checker())).toEqual(['one']);
    checker().answer('{}');
    expect(texts(checker())).toEqual(['three']);
    expect(workers).toHaveLength(1); // no report for text already outdated
    checker().answer();
    expect(results).toEqual(['checked one', 'checked three']);
  });

  it('stops an outdated report, and checks the new text in the warm worker', () => {
    client.requestNow('one');
    checker().answer('{}');
    const outdated = reporter();
    client.requestNow('two');
    expect(outdated.terminated).toBe(true);
    expect(checker().terminated).toBe(false);
    expect(texts(checker())).toEqual(['two']);
    checker().answer('{"two":2}');
    reporter().answer();
    expect(results).toEqual(['checked one', 'checked two', 'report of {"two":2}']);
  });

  it('reports a worker that fails, and stops the workers when disposed', () => {
    client.requestNow('x');
    checker().onerror?.({ message: 'boom', preventDefault: () => {} } as unknown as ErrorEvent);
    expect(results).toEqual(['failed: boom']);
    client.dispose();
    expect(checker().terminated).toBe(true);
  });
});
