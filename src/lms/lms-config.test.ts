import { describe, expect, it } from 'vitest';
import { lmsConfigFrom } from './lms-config.ts';

describe('what learning records call the course', () => {
  it('is the package’s title in the LMS when the game is a package', () => {
    const config = lmsConfigFrom(
      { VITE_LMS_COURSE_TITLE: 'Acme Service Academy: The Heat in Room 412' },
      'Acme Service Academy',
    );
    expect(config.courseName).toBe('Acme Service Academy: The Heat in Room 412');
    expect(config.productName).toBe('Acme Service Academy');
  });

  it('is the brand’s product name in a plain build, and Serving Moments without a brand', () => {
    expect(lmsConfigFrom({}, 'Acme Service Academy').courseName).toBe('Acme Service Academy');
    expect(lmsConfigFrom({ VITE_LMS_COURSE_TITLE: ' ' }).courseName).toBe('Serving Moments');
  });
});
