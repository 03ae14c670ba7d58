import { describe, expect, it } from 'vitest';
import { naturalHeight } from '../../../src/lib/embed/heightReport';

describe('naturalHeight', () => {
  it.each([
    { page: 700, map: 400, natural: 400, expected: 700, case: 'the map at its natural height' },
    { page: 900, map: 600, natural: 400, expected: 700, case: 'a taller frame stretched the map: not reported' },
    { page: 700.2, map: 400, natural: 400, expected: 701, case: 'rounded up, so nothing is cut' },
  ])('$case', ({ page, map, natural, expected }) => {
    expect(naturalHeight(page, map, natural)).toBe(expected);
  });
});
