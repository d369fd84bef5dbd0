// Page sizes in points and where badges sit on them: an A6 page holds one badge; an A4
// sheet holds four, two by two, to be cut along the guides.

export const A6: readonly [number, number] = [297.64, 419.53];
export const A4: readonly [number, number] = [595.28, 841.89];

export const BADGE_LAYOUTS = ['a6', 'a4-sheet'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

export const BADGES_PER_PAGE: Record<BadgeLayout, number> = { a6: 1, 'a4-sheet': 4 };

/** Top-left corner of the badge at `slot` (0–3) on an A4 sheet: row by row, left to right. */
export function sheetSlot(slot: number): [number, number] {
  return [(slot % 2) * (A4[0] / 2), Math.floor(slot / 2) * (A4[1] / 2)];
}

export const pageSize = (layout: BadgeLayout): [number, number] => (layout === 'a6' ? [A6[0], A6[1]] : [A4[0], A4[1]]);
