/** An RFM group with what it means and what to do about it, in a shop owner's words. */
export interface RfmGroup {
  name: string;
  description: string;
  action: string;
}

export const RFM_GROUPS: readonly RfmGroup[] = [
  {
    name: 'Champions',
    description: 'Bought recently, buy often and spend the most.',
    action: 'Reward them: early access, loyalty perks, ask for reviews and referrals.',
  },
  {
    name: 'Loyal',
    description: 'Buy regularly and respond well; not quite the most recent.',
    action: 'Offer a loyalty programme or membership; recommend new and premium products.',
  },
  {
    name: 'Potential Loyalists',
    description: 'Recent customers who have bought more than once.',
    action: 'Invite them into your loyalty programme and suggest what regulars buy next.',
  },
  {
    name: 'New Customers',
    description: 'Bought for the first time very recently.',
    action: 'Welcome them, help them get the most from the purchase, and invite a second visit.',
  },
  {
    name: 'Promising',
    description: 'Bought recently, once, and not for much yet.',
    action: 'Build the habit: a friendly follow-up and a reason to come back soon.',
  },
  {
    name: 'Need Attention',
    description: 'Bought a few times, but not lately.',
    action: 'Reach out with a limited-time offer based on what they bought before.',
  },
  {
    name: 'About to Sleep',
    description: 'Have not bought for a while and bought rarely.',
    action: 'Share popular products and a gentle reminder before they drift away.',
  },
  {
    name: 'At Risk',
    description: 'Used to buy fairly often, but have not come back for a long time.',
    action: 'Send a personal win-back message with a worthwhile offer.',
  },
  {
    name: "Can't Lose Them",
    description: 'Were among your most frequent buyers and have gone quiet.',
    action: 'Contact them personally: ask what changed and offer something special.',
  },
  {
    name: 'Hibernating',
    description: 'Bought rarely and long ago.',
    action: 'Include them in broad seasonal campaigns; do not spend much on them.',
  },
];

// The recency × frequency grid: rows are R 1..5, columns F 1..5.
const GRID: readonly (readonly string[])[] = [
  ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
  ['Hibernating', 'Hibernating', 'At Risk', 'At Risk', "Can't Lose Them"],
  ['About to Sleep', 'About to Sleep', 'Need Attention', 'Loyal', 'Loyal'],
  ['Promising', 'Potential Loyalists', 'Potential Loyalists', 'Loyal', 'Loyal'],
  ['New Customers', 'Potential Loyalists', 'Potential Loyalists', 'Champions', 'Champions'],
];

/**
 * The named group for an R and F score (1–5 each).
 *
 * @example
 * rfmGroupOf(5, 4) // => 'Champions'
 */
export function rfmGroupOf(r: number, f: number): string {
  const group = GRID[r - 1]?.[f - 1];
  if (!group) throw new RangeError(`RFM scores must be 1–5, got R ${r} F ${f}`);
  return group;
}

/** Every (r, f, group) cell, for building the SQL lookup. */
export function rfmGridCells(): { r: number; f: number; group: string }[] {
  return GRID.flatMap((row, i) => row.map((group, j) => ({ r: i + 1, f: j + 1, group })));
}
