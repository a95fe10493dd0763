// @hotspot-iac/vouchers: a batch's members as printed cards (PDF, HTML, CSV) with QR codes.
// `printVouchers` is what `hotspot vouchers print` runs; the card grid is exported for programs
// that place cards their own way. Only what other packages use (public-surface.test.ts in
// packages/release checks it); the renderers' parts stay internal.
export { type PrintResult, type PrintVouchersOptions, printVouchers, formatOf, type TerraformOutputSource, type VoucherFormat } from "./print.js";
export type { BatchSource } from "./members.js";
export { cardsFromTerraformOutput } from "./terraform-output.js";
export { cardOrigin, type Grid, grid, type Paper } from "./layout.js";
export type { Logo } from "./logo.js";
export type { CardStrings } from "./card-strings.js";
export type { RenderOptions } from "./render-options.js";
