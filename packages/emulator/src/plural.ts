/** `1 account`, `3 accounts`: the request log's summaries. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
