/** The regions of a test's places where the test is not about coverage (domain/coverage.ts): every place on the mainland. */
import type { RegionId } from '../../../src/lib/domain/contract';

export function mainlandRegions(metrics: { values: readonly ArrayLike<number>[] }): RegionId[] {
  return Array.from({ length: metrics.values[0]?.length ?? 0 }, () => 'east');
}
