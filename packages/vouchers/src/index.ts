// @hotspot-iac/vouchers: a batch's members as printed cards (PDF, HTML, CSV) with QR codes.
// `printVouchers` is what `hotspot vouchers print` runs; the parts are exported for programs that
// render cards their own way.
export { type PrintResult, type PrintVouchersOptions, printVouchers, formatOf, type TerraformOutputSource, type VoucherFormat } from "./print.js";
export { type VoucherCard, cardFromAccount } from "./card.js";
export { type BatchCards, type BatchSource, readBatchCards } from "./members.js";
export { cardsFromTerraformOutput } from "./terraform-output.js";
export { checkLoginUrl, fillLoginUrl, qrText, wifiJoinCode } from "./qr.js";
export { cardOrigin, type Grid, grid, type Paper, PAPER, MAX_PER_PAGE } from "./layout.js";
export { type Logo, logoAspect, MAX_LOGO_BYTES, readLogo } from "./logo.js";
export { CARD_STRINGS, type CardStrings, cardStrings } from "./card-strings.js";
export { type CardLayoutOptions, layoutCard, MIN_SIZE, type Op } from "./card-layout.js";
export { configuredCards, mergeCards } from "./settings.js";
export type { RenderOptions } from "./render-options.js";
export { renderPdf } from "./render-pdf.js";
export { renderHtml } from "./render-html.js";
export { renderCsv } from "./render-csv.js";
export { VoucherError } from "./errors.js";
export { FONT_FILES, fontBytes } from "./fonts.js";
