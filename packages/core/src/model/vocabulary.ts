// The closed vocabularies of the configuration: account, document and card types, voucher cards'
// languages, words and papers, and the initial-only fields an account may opt in to enforce. The
// schema validates against them and the types name them; kept apart so neither imports the other.

export const ACCOUNT_TYPES = ["prepaid", "postpaid", "ticket"] as const;
export type AccountTypeName = (typeof ACCOUNT_TYPES)[number];

export const DOC_TYPES = ["idCard", "passport", "driversLicense"] as const;
export type DocTypeName = (typeof DOC_TYPES)[number];

export const CARD_TYPES = ["visa", "mastercard", "discover", "amex"] as const;
export type CardTypeName = (typeof CARD_TYPES)[number];

/** Languages a voucher card's text is built in (`cards.language`); any string can be overridden. */
export const CARD_LANGUAGES = ["en", "de", "fr", "es", "it"] as const;
export type CardLanguage = (typeof CARD_LANGUAGES)[number];

/** The numbered steps on a voucher card (`cards.instructions`): `{network}` is the network's name. */
export const CARD_INSTRUCTION_KEYS = ["connect", "connectAny", "browse", "enterCode", "enterLogin"] as const;
/** The other words on a voucher card (`cards.labels`). */
export const CARD_LABEL_KEYS = ["network", "code", "username", "password", "join", "login", "plan", "time", "data", "validUntil", "unlimited", "used"] as const;
export type CardTextKey = (typeof CARD_INSTRUCTION_KEYS)[number] | (typeof CARD_LABEL_KEYS)[number];

export const CARD_PAPERS = ["a4", "letter"] as const;

/** Initial-only fields a user may opt in to enforce (`enforce: [timeLeft]`). */
export const ENFORCEABLE_INITIAL = ["timeLeft", "quota", "timeUsed"] as const;
export type EnforceableField = (typeof ENFORCEABLE_INITIAL)[number];
