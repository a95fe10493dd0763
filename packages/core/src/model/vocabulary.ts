// The closed vocabularies of the configuration: account, document and card types, and the
// initial-only fields an account may opt in to enforce. The schema validates against them and the
// types name them; kept apart so neither imports the other.

export const ACCOUNT_TYPES = ["prepaid", "postpaid", "ticket"] as const;
export type AccountTypeName = (typeof ACCOUNT_TYPES)[number];

export const DOC_TYPES = ["idCard", "passport", "driversLicense"] as const;
export type DocTypeName = (typeof DOC_TYPES)[number];

export const CARD_TYPES = ["visa", "mastercard", "discover", "amex"] as const;
export type CardTypeName = (typeof CARD_TYPES)[number];

/** Initial-only fields a user may opt in to enforce (`enforce: [timeLeft]`). */
export const ENFORCEABLE_INITIAL = ["timeLeft", "quota", "timeUsed"] as const;
export type EnforceableField = (typeof ENFORCEABLE_INITIAL)[number];
