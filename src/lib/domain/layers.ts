/** The three layers (销售规模 sales, 增速 growth, 百亿产业带 spread): their ids, in the order the switch shows them. */
export const LAYERS = ['sales', 'growth', 'spread'] as const;
export type LayerId = (typeof LAYERS)[number];
