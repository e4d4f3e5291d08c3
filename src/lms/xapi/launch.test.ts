import { describe, expect, it, vi } from 'vitest';
import { parseXapiLaunch } from './launch.ts';

const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

describe('the xAPI launch parameters', () => {
  it('reads endpoint, auth, actor, registration and activity id', () => {
    const launch = parseXapiLaunch(
      query({
        endpoint: 'https://lrs.example.com/xapi',
        auth: 'Basic YTpi',
        actor: '{"objectType":"Agent","name":"Ann","mbox":"mailto:ann@example.com"}',
        registration: '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49',
        activity_id: 'https://lms.example.com/c/1',
      }),
    );
    expect(launch).toEqual({
      endpoint: 'https://lrs.example.com/xapi/',
      auth: 'Basic YTpi',
      actor: { objectType: 'Agent', name: 'Ann', mbox: 'mailto:ann@example.com' },
      registration: '0d4c4b1e-7a52-4f25-9d8e-3d2f1c6b5a49',
      activityId: 'https://lms.example.com/c/1',
    });
  });

  it('accepts the older array-valued actor and TinCan account names', () => {
    const actor =
      '{"name":["Ann"],"account":[{"accountServiceHomePage":"https://lms.example.com","accountName":"ann01"}]}';
    expect(parseXapiLaunch(query({ endpoint: 'https://lrs/x/', actor }))?.actor).toEqual({
      objectType: 'Agent',
      name: 'Ann',
      account: { homePage: 'https://lms.example.com', name: 'ann01' },
    });
  });

  it('is absent without an endpoint, and refuses an actor that names no one', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(parseXapiLaunch('')).toBeUndefined();
    expect(
      parseXapiLaunch(query({ endpoint: 'https://lrs/x/', actor: '{"name":"Ann"}' })),
    ).toBeUndefined();
    const bad = parseXapiLaunch(
      query({
        endpoint: 'https://lrs/x/',
        actor: '{"mbox":"ann@example.com"}',
        registration: '42',
      }),
    );
    expect(bad?.registration).toBeUndefined();
    expect(bad?.actor).toEqual({ objectType: 'Agent', mbox: 'mailto:ann@example.com' });
  });
});
