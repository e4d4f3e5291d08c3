import { afterEach, describe, expect, it } from 'vitest';
import { ChangeFeed, type ChangeBatch, type ChangeSummary } from './change-feed.ts';
import type { SessionChange } from './manager-context.ts';

/** Two processes' feeds joined by a line that can lose messages, as Redis pub/sub can. */
function twoFeeds() {
  const line: Array<{ batch?: ChangeBatch; summary?: ChangeSummary }> = [];
  const heard: SessionChange[] = [];
  const healed: string[] = [];
  const held = new Set(['ABC123', 'XYZ789']);
  const sender = new ChangeFeed({
    sendBatch: (batch) => line.push({ batch }),
    sendSummary: (summary) => line.push({ summary }),
    apply: () => undefined,
    heal: () => undefined,
    holds: () => true,
    checkMs: 60_000,
  });
  const receiver = new ChangeFeed({
    sendBatch: () => undefined,
    sendSummary: () => undefined,
    apply: (change) => heard.push(change),
    heal: (code) => healed.push(code),
    holds: (code) => held.has(code),
    checkMs: 60_000,
  });
  const deliver = () => {
    for (const m of line.splice(0)) {
      if (m.batch) receiver.receive(m.batch);
      if (m.summary) receiver.receiveSummary(m.summary);
    }
  };
  const lose = () => line.splice(0).length;
  return { sender, receiver, line, heard, healed, held, deliver, lose };
}

const join = (code: string): SessionChange => ({ kind: 'session', code });
const presence = (code: string, teamId: string): SessionChange => ({
  kind: 'presence',
  code,
  teamId,
  online: true,
});

describe('change feed between processes', () => {
  const feeds: ChangeFeed[] = [];
  afterEach(() => {
    for (const f of feeds.splice(0)) f.stop();
  });
  const make = () => {
    const made = twoFeeds();
    feeds.push(made.sender, made.receiver);
    return made;
  };

  it('sends the changes of one turn as one message, applied in the order they were made', () => {
    const { sender, line, heard, healed, deliver } = make();
    sender.publish(join('ABC123'));
    sender.publish(presence('ABC123', 't1'));
    sender.publish(join('XYZ789'));
    sender.flush();
    expect(line).toHaveLength(1);
    deliver();
    expect(heard).toEqual([join('ABC123'), presence('ABC123', 't1'), join('XYZ789')]);
    expect(healed).toEqual([]);
  });

  it('re-reads only the session whose change was lost, when its next change arrives', () => {
    const { sender, heard, healed, deliver, lose } = make();
    sender.publish(join('ABC123'));
    sender.publish(join('XYZ789'));
    sender.flush();
    deliver();
    sender.publish(presence('ABC123', 't1'));
    sender.flush();
    expect(lose()).toBe(1);
    sender.publish(presence('XYZ789', 't2'));
    sender.publish(presence('ABC123', 't3'));
    sender.flush();
    deliver();
    expect(healed).toEqual(['ABC123']);
    expect(heard.at(-1)).toEqual(presence('ABC123', 't3'));
  });

  it('re-reads a quiet session whose last change was lost when the summary comes', () => {
    const { sender, healed, held, deliver, lose } = make();
    sender.publish(join('ABC123'));
    sender.publish(join('XYZ789'));
    sender.flush();
    deliver();
    sender.publish(presence('ABC123', 't1'));
    sender.publish(presence('XYZ789', 't2'));
    sender.flush();
    lose();
    held.delete('XYZ789'); // archived here meanwhile: nothing to re-read
    sender.summarise();
    deliver();
    expect(healed).toEqual(['ABC123']);
    // A summary repeated with nothing new re-reads nothing.
    sender.summarise();
    deliver();
    expect(healed).toEqual(['ABC123']);
  });

  it('sends changes still waiting for their turn before a summary that counts them', () => {
    const { sender, line, heard, healed, deliver } = make();
    sender.publish(join('ABC123'));
    sender.summarise();
    expect(line.map((m) => (m.batch ? 'batch' : 'summary'))).toEqual(['batch', 'summary']);
    deliver();
    expect(heard).toEqual([join('ABC123')]);
    expect(healed).toEqual([]);
  });
});

describe('a process that stops sending', () => {
  it('is forgotten, with what it said, once silent for the time allowed, and not before', () => {
    let clock = 0;
    const forgotten: string[] = [];
    const heardFrom: string[] = [];
    const here = new ChangeFeed({
      sendBatch: () => undefined,
      sendSummary: () => undefined,
      apply: (_change, origin) => heardFrom.push(origin),
      forget: (origin) => forgotten.push(origin),
      heal: () => undefined,
      holds: () => true,
      checkMs: 60_000,
      forgetAfterMs: 30_000,
      now: () => clock,
    });
    here.receive({ origin: 'B', changes: [{ ...presence('ABC123', 't1'), seq: 1 }] });
    expect(heardFrom).toEqual(['B']);
    clock = 30_000;
    here.summarise();
    expect(forgotten).toEqual([]);
    clock = 30_001;
    here.summarise();
    expect(forgotten).toEqual(['B']);
    here.stop();
  });
});
