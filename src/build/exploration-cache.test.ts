import { describe, expect, it } from 'vitest';
import { explorationCacheKey, inkVersions } from './exploration-cache.ts';

describe('explorationCacheKey', () => {
  it('changes with the ink runtime and compiler version, not only with the story', () => {
    const json = '{"inkVersion":21,"root":[]}';
    expect(inkVersions()).toMatch(/^inkjs-\d+\.\d+\.\d+-format-\d+$/);
    expect(explorationCacheKey(json)).toBe(explorationCacheKey(json, inkVersions()));
    expect(explorationCacheKey(json, 'inkjs-2.4.0-format-21')).not.toBe(
      explorationCacheKey(json, 'inkjs-2.5.0-format-21'),
    );
    expect(explorationCacheKey(json)).not.toBe(explorationCacheKey('{"inkVersion":21,"root":[0]}'));
  });
});
