// printVouchers: the one function behind `hotspot vouchers print` and programs (the CDKTF
// example prints its vouchers with it). Everything that can be wrong with the request is checked
// before the server is read and before anything is written: the format (from the extension), the
// paper, the count per page, the login URL, the logo, the output folder.
import { readFileSync, statSync } from "node:fs";
import { extname, resolve } from "node:path";
import { CARD_LANGUAGES, type CardLanguage, type CardSettings } from "@hotspot-iac/core";
import { compareUsernames } from "@hotspot-iac/sync";
import { VoucherError } from "./errors.js";
import { cardStrings } from "./card-strings.js";
import { layoutCard } from "./card-layout.js";
import { checkPaper, checkPerPage, grid, type Paper } from "./layout.js";
import { type Logo, logoAspect, readLogo } from "./logo.js";
import { type BatchCards, type BatchSource, readBatchCards } from "./members.js";
import { checkLoginUrl } from "./qr.js";
import { renderCsv } from "./render-csv.js";
import { renderHtml } from "./render-html.js";
import type { RenderOptions } from "./render-options.js";
import { renderPdf } from "./render-pdf.js";
import { cardsFromTerraformOutput } from "./terraform-output.js";
import { configuredCards, mergeCards } from "./settings.js";
import { writePrivateFile } from "./write-private.js";

export type VoucherFormat = "pdf" | "html" | "csv";
const FORMATS: Record<string, VoucherFormat> = { ".pdf": "pdf", ".html": "html", ".htm": "html", ".csv": "csv" };

/** Codes from `terraform output -json` saved to a file, instead of the server. */
export interface TerraformOutputSource {
  terraformOutput: string;
  /** Only codes starting with this prefix (required when the output holds several batches). */
  batch?: string;
}

export interface PrintVouchersOptions {
  /** Where the cards come from: a batch on the server, or a terraform output file. */
  source: BatchSource | TerraformOutputSource;
  /** The file to write; its extension picks the format: .pdf, .html, .csv. */
  out: string;
  /** The Wi-Fi network's name (`cards.network`): printed, and the `1 Join the Wi-Fi` QR code. */
  ssid?: string;
  /** Login URL template with `{username}` and `{password}` (URL-encoded when filled in). */
  loginUrl?: string;
  title?: string;
  /** A PNG, JPEG or SVG file (at most 1 MiB), or its bytes already read. */
  logo?: string | Logo;
  paper?: Paper;
  /** Cards per sheet (default 10). */
  perPage?: number;
  /** The language of the card's words (default en). */
  language?: CardLanguage;
  /** Steps replacing the language's (`connect`, `browse`...). */
  instructions?: CardSettings["instructions"];
  /** Other words replacing the language's (`join`, `login`, `code`...). */
  labels?: CardSettings["labels"];
}

export interface PrintResult {
  path: string;
  format: VoucherFormat;
  cards: number;
  /** Sheets of paper (PDF, HTML); 0 for CSV. */
  pages: number;
  /** Members left out: used before (without `all`), online now. Zero with --from. */
  left: { used: number; online: number };
}

export function formatOf(out: string): VoucherFormat {
  const ext = extname(out).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    throw new VoucherError(`--out ${out}: ${ext ? `unknown extension ${ext}` : "no extension"}; the extension picks the format: .pdf, .html or .csv`);
  }
  return format;
}

function checkOutFolder(path: string): void {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // Not there yet: the usual case. Its folder must exist.
  }
  if (isDir) throw new VoucherError(`--out ${path}: is a folder`);
  const folder = resolve(path, "..");
  let ok = false;
  try {
    ok = statSync(folder).isDirectory();
  } catch {}
  if (!ok) throw new VoucherError(`--out ${path}: the folder ${folder} does not exist`);
}

async function loadCards(source: PrintVouchersOptions["source"]): Promise<BatchCards> {
  if (!("terraformOutput" in source)) return readBatchCards(source);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(source.terraformOutput, "utf8"));
  } catch (err) {
    const why = err instanceof SyntaxError ? `not JSON (${err.message})` : ((err as NodeJS.ErrnoException).code ?? "cannot read");
    throw new VoucherError(`--from ${source.terraformOutput}: ${why}`);
  }
  const cards = cardsFromTerraformOutput(json, { file: `--from ${source.terraformOutput}`, ...(source.batch !== undefined ? { batch: source.batch } : {}) });
  return { cards: cards.sort((a, b) => compareUsernames(a.username, b.username)), used: 0, online: 0 };
}

/** The options as card settings, to lay over the configuration's. */
function given(opts: PrintVouchersOptions): CardSettings {
  const { ssid, loginUrl, title, paper, perPage, language, instructions, labels } = opts;
  const logo = typeof opts.logo === "string" ? opts.logo : undefined;
  return Object.fromEntries(
    Object.entries({ network: ssid, loginUrl, title, paper, perPage, language, instructions, labels, logo }).filter(([, v]) => v !== undefined),
  ) as CardSettings;
}

/**
 * The words and the layout checked on sample cards (a ticket, a login with a password) before the
 * server is read: a title or an instruction that cannot fit is refused before anything happens.
 */
function checkFits(render: RenderOptions): void {
  const logo = render.logo !== undefined ? logoAspect(render.logo) : undefined;
  for (const sample of [{ username: "SAMPLE-CODE" }, { username: "SAMPLE-USER", password: "SAMPLE-PW" }]) layoutCard(sample, { ...render, logo });
}

/** Check the request, read the cards, render them, write the file (mode 0600). */
export async function printVouchers(opts: PrintVouchersOptions): Promise<PrintResult> {
  const format = formatOf(opts.out);
  const source = opts.source;
  const fromConfig = "terraformOutput" in source ? {} : configuredCards(source.config, source.site, source.batch);
  const settings = mergeCards(fromConfig, given(opts));
  const flag = (key: keyof CardSettings, name: string) => (given(opts)[key] !== undefined ? name : `cards.${key}`);
  const perPage = checkPerPage(settings.perPage ?? 10);
  const language = settings.language ?? "en";
  if (!(CARD_LANGUAGES as readonly string[]).includes(language)) throw new VoucherError(`--language: ${JSON.stringify(language)} is not one of ${CARD_LANGUAGES.join(", ")}`);
  const render: RenderOptions = {
    grid: grid(checkPaper(settings.paper ?? "a4"), perPage),
    language,
    strings: cardStrings(language, { ...settings.instructions, ...settings.labels }),
  };
  if (settings.loginUrl !== undefined) {
    checkLoginUrl(settings.loginUrl);
    render.loginUrl = settings.loginUrl;
  }
  if (settings.network !== undefined) {
    if (settings.network.trim() === "") throw new VoucherError(`${flag("network", "--ssid")}: the network name is empty`);
    render.ssid = settings.network;
  }
  if (settings.title !== undefined) render.title = settings.title;
  if (typeof opts.logo === "object") render.logo = opts.logo;
  else if (settings.logo !== undefined) render.logo = readLogo(settings.logo, `${flag("logo", "--logo")} ${settings.logo}`);
  if (format !== "csv") checkFits(render);
  checkOutFolder(opts.out);

  const { cards, used, online } = await loadCards(opts.source);
  const data = format === "pdf" ? await renderPdf(cards, render) : format === "html" ? renderHtml(cards, render) : renderCsv(cards, render);
  await writePrivateFile(opts.out, data);
  return { path: resolve(opts.out), format, cards: cards.length, pages: format === "csv" ? 0 : Math.ceil(cards.length / perPage), left: { used, online } };
}
