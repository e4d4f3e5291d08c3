import { describe, expect, it } from 'vitest';
import { findLmsApi, type WindowLike } from './find-api.ts';

type Frame = WindowLike & Record<string, unknown>;

/** A chain of frames, innermost first; each frame's `top` is the outermost one. */
function frames(count: number): Frame[] {
  const list: Frame[] = Array.from({ length: count }, () => ({}));
  list.forEach((f, i) => {
    f.parent = list[i + 1] ?? f; // the top window is its own parent
    f.top = list[count - 1] ?? null;
  });
  return list;
}

describe('finding the LMS API', () => {
  it('walks up the parents to the frame that holds it', () => {
    const [content, , lms] = frames(3) as [Frame, Frame, Frame];
    const api = { LMSInitialize: () => 'true' };
    lms.API = api;
    expect(findLmsApi(content, 'API')).toBe(api);
    expect(findLmsApi(content, 'API_1484_11')).toBeUndefined();
  });

  it('then looks in the window that opened this one, and its parents', () => {
    const [content] = frames(1) as [Frame];
    const [opener, lms] = frames(2) as [Frame, Frame];
    lms.API_1484_11 = { Initialize: () => 'true' };
    content.opener = opener;
    expect(findLmsApi(content, 'API_1484_11')).toBe(lms.API_1484_11);
  });

  it('steps past frames of another origin that throw on access', () => {
    const [content, foreign, lms] = frames(3) as [Frame, Frame, Frame];
    Object.defineProperty(foreign, 'API', {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    lms.API = { LMSInitialize: () => 'true' };
    expect(findLmsApi(content, 'API')).toBe(lms.API);
  });

  it('finds nothing in a plain page', () => {
    const [page] = frames(1) as [Frame];
    expect(findLmsApi(page, 'API')).toBeUndefined();
    expect(findLmsApi(page, 'API_1484_11')).toBeUndefined();
  });
});
