import type { RegionId } from './contract';

/**
 * 四大区域 by 2-digit province code, as the reports use them; Hong Kong, Macao and Taiwan are
 * outside the four ("hmt").
 */
const REGION_PROVINCES: Record<RegionId, readonly string[]> = {
  east: ['11', '12', '13', '31', '32', '33', '35', '37', '44', '46'], // 京津冀沪苏浙闽鲁粤琼
  central: ['14', '34', '36', '41', '42', '43'], // 晋皖赣豫鄂湘
  west: ['15', '45', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65'], // 蒙桂渝川贵云藏陕甘青宁新
  northeast: ['21', '22', '23'], // 辽吉黑
  hmt: ['71', '81', '82'],
};

const REGION_BY_PROVINCE = new Map<string, RegionId>(
  Object.entries(REGION_PROVINCES).flatMap(([region, codes]) => codes.map((code) => [code, region as RegionId])),
);

/** Region of a province (2-digit) or any longer code; throws for a code no province has. */
export function regionOfCode(code: string): RegionId {
  const region = REGION_BY_PROVINCE.get(code.slice(0, 2));
  if (!region) throw new Error(`no region for code "${code}"`);
  return region;
}

/** Municipalities (直辖市): their prefecture level is the city itself. */
export const MUNICIPALITY_PROVINCES: readonly string[] = ['11', '12', '31', '50'];

/** The ten core origin provinces of belt sales named by the 2021 Alibaba report. */
export const CORE_BELT_PROVINCES: readonly string[] = ['44', '33', '31', '32', '35', '11', '37', '13', '34', '36'];
