import { describe, expect, it } from 'vitest';
import { teamRow } from './live-session.ts';
import { SessionManager } from './session-manager.ts';
import { forgetOrigin } from './session-presence.ts';
import { sqliteStore } from './sqlite-store.ts';
import { countingPicker, fixtureLibrary } from '../../test/helpers/workshop-fixtures.ts';

const library = fixtureLibrary('test/fixtures/small-desk.ink');
const story = [...library.values()][0]!;

/** A session held by this process (A) with one team whose devices are on other processes. */
async function heldHere() {
  const manager = await SessionManager.start(sqliteStore(':memory:'), library, {
    pickCode: countingPicker(),
  });
  const opened = await manager.open({ storyId: story.id });
  if (!opened.ok) throw new Error(opened.error.message);
  const code = opened.value.session.record.code;
  const joined = await manager.join({ code, name: 'Night shift', device: 'phone-1' });
  if (!joined.ok) throw new Error(joined.error.message);
  const teamId = joined.value.team.id;
  const team = opened.value.session.teams.get(teamId)!;
  // Its device is connected to the other processes only.
  team.connections = 0;
  const said = (origin: string, online: boolean) =>
    manager.remoteChange({ kind: 'presence', code, teamId, online }, origin);
  return { manager, said, online: () => teamRow(team).online };
}

describe("a team's online mark on a host served by another process", () => {
  it('stays online when the process it left says offline after the one it moved to said online', async () => {
    const { said, online } = await heldHere();
    said('B', true);
    expect(online()).toBe(true);
    // The phone moves from process B to C; the messages of two processes arrive in any order.
    said('C', true);
    said('B', false);
    expect(online()).toBe(true);
    said('C', false);
    expect(online()).toBe(false);
  });

  it('goes offline when the only process that said online has stopped and is forgotten', async () => {
    const { manager, said, online } = await heldHere();
    said('B', true);
    forgetOrigin(manager, 'B');
    expect(online()).toBe(false);
  });
});
