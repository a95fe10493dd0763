// Cards from `terraform output -json` of the CDKTF and HCL examples, instead of the server: a
// batch's `usernames` (ticket codes, a list) or `passwords` (username → password, a map). Either
// the whole output (`terraform output -json`: name → { value, sensitive, type }) or one output's
// value (`terraform output -json NAME`). The file is checked, not believed: anything else is an
// error naming what was found.
import type { VoucherCard } from "./card.js";
import { VoucherError } from "./errors.js";

type Codes = Map<string, string | undefined>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** A list of codes or a username → password map; undefined for any other value. */
function codesOf(value: unknown): Codes | undefined {
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.every((v) => typeof v === "string" && v !== "")) return undefined;
    return new Map(value.map((v) => [v as string, undefined]));
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0 || !entries.every(([k, v]) => k !== "" && typeof v === "string")) return undefined;
    return new Map(entries.map(([k, v]) => [k, v === "" ? undefined : (v as string)]));
  }
  return undefined;
}

/** Outputs by name when `json` is a whole `terraform output -json`, else undefined. */
function outputsOf(json: unknown): Map<string, unknown> | undefined {
  if (!isRecord(json)) return undefined;
  const entries = Object.entries(json);
  if (entries.length === 0 || !entries.every(([, o]) => isRecord(o) && "value" in o)) return undefined;
  return new Map(entries.map(([name, o]) => [name, (o as { value: unknown }).value]));
}

/**
 * The cards in a parsed `terraform output -json`, in the order terraform gave them. `batch`
 * keeps the codes that start with that prefix; without it the output must hold one batch.
 * `file` names the source in errors.
 */
export function cardsFromTerraformOutput(json: unknown, opts: { batch?: string; file?: string } = {}): VoucherCard[] {
  const where = opts.file ?? "the terraform output";
  const outputs = outputsOf(json);
  let codes: Codes;
  if (outputs) {
    const batches = [...outputs].flatMap(([name, value]) => {
      const c = codesOf(value);
      return c ? [{ name, codes: c }] : [];
    });
    if (batches.length === 0) {
      throw new VoucherError(`${where}: no output holds voucher codes (a list of codes, or a map of username to password); outputs: ${[...outputs.keys()].join(", ")}`);
    }
    if (batches.length > 1 && opts.batch === undefined) {
      throw new VoucherError(`${where}: several outputs hold voucher codes (${batches.map((b) => b.name).join(", ")}): choose with --batch PREFIX`);
    }
    codes = new Map(batches.flatMap((b) => [...b.codes]));
  } else {
    const c = codesOf(json);
    if (!c) throw new VoucherError(`${where}: not the output of \`terraform output -json\` (expected the outputs, a list of codes, or a map of username to password)`);
    codes = c;
  }
  const cards: VoucherCard[] = [];
  for (const [username, password] of codes) {
    if (opts.batch !== undefined && !username.startsWith(opts.batch)) continue;
    cards.push(password === undefined ? { username } : { username, password });
  }
  if (cards.length === 0) throw new VoucherError(`${where}: no voucher code starts with ${JSON.stringify(opts.batch)}`);
  return cards;
}
