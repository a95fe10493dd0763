// Cards as CSV for a mail merge: one row per card, a header, RFC 4180 quoting, CRLF line ends.
// A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
// apostrophe: a code comes from the server and is not trusted to be inert.
import type { VoucherCard } from "./card.js";
import { type QrChoice, qrText } from "./qr.js";

const COLUMNS = ["username", "password", "plan", "gives", "expires", "network", "qr"] as const;

function cell(value: string | undefined): string {
  if (value === undefined || value === "") return "";
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function renderCsv(cards: readonly VoucherCard[], opts: QrChoice & { ssid?: string }): Buffer {
  const rows = [COLUMNS.join(",")];
  for (const c of cards) {
    const values = { ...c, network: opts.ssid, qr: qrText(c, opts) };
    rows.push(COLUMNS.map((k) => cell(values[k])).join(","));
  }
  return Buffer.from(`${rows.join("\r\n")}\r\n`, "utf8");
}
