// Money is kept in integer cents so moneyinc/moneydec and sales never drift by float rounding.

export function toCents(value: number): number {
  return Math.round(value * 100);
}

/** Integer text when whole (as seen for Price), else two decimals. */
export function formatCents(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
