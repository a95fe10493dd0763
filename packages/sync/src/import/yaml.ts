// The imported document as YAML text: a header comment that says what could not be imported and
// how passwords are referenced, then the document with a fixed key order and layout, so the same
// server always gives byte-identical output (diffable in git, safe to re-import in CI).
import { ACCOUNT_FIELDS } from "@hotspot-iac/core";
import { Document, isMap, isScalar, isSeq } from "yaml";
import type { ImportedDocument } from "./convert.js";
import type { NodeMap } from "./node.js";
import { PASSWORD_ENV_PREFIX } from "./naming.js";

/** Top-level names of the write-only fields (`customer.email` → `customer`), catalogue order. */
function writeOnlyFieldNames(): string[] {
  const names = ACCOUNT_FIELDS.filter((f) => f.class === "writeOnly").map((f) => f.name.split(".")[0]!);
  return [...new Set(names)];
}

export interface HeaderInfo {
  /** Where it came from, e.g. `http://10.0.0.1:82` (no secrets: the passphrase is never in a URL). */
  source: string;
  prefixes: readonly string[];
}

function headerComment(doc: ImportedDocument, info: HeaderInfo): string {
  const selection = info.prefixes.length > 0 ? `accounts under ${info.prefixes.join(", ")}` : "every account";
  const lines = [
    `Imported by \`hotspot import\` from ${info.source} (${selection}).`,
    "Planned against the same server, this file shows `No changes.`",
    "",
    "Not imported: the server never returns these fields (write-only), so their current values are",
    `unknown: ${writeOnlyFieldNames().join(", ")}.`,
    "Add them by hand for the accounts where you want them managed. Accounts with an empty password",
    "are taken for tickets (the server returns tickets that way): those say `type: ticket`.",
  ];
  lines.push(
    doc.batchCount > 0
      ? "Batches were folded from their members (--batch): members' passwords and daily limits are not part of a batch."
      : "Accounts are imported one by one; `hotspot import --batch PREFIX` folds a voucher group into a batch.",
  );
  if (doc.passwordVariables.length > 0) {
    lines.push(
      "",
      "Passwords are never written here: each one is a reference to an environment variable",
      `(${PASSWORD_ENV_PREFIX}<USERNAME>, upper case, other characters as _). Set them before plan or`,
      "apply, or delete a password line to leave that password unmanaged.",
    );
  }
  lines.push("", "The passphrase comes from HOTSPOT_PASSPHRASE or --passphrase-file; or add to server:", `  passphrase: \${env:HOTSPOT_PASSPHRASE}`);
  return lines.map((l) => (l === "" ? "" : ` ${l}`)).join("\n");
}

/** Sets flow style on the map at `path` (when it is one): `rates: { download: 1Mbit }`. */
function flow(node: unknown, path: string[]): void {
  const target = path.length === 0 ? node : isMap(node) ? node.getIn(path, true) : undefined;
  if (isMap(target) || isSeq(target)) target.flow = true;
}

export function renderImportYaml(doc: ImportedDocument, info: HeaderInfo): string {
  const yaml = new Document(doc.document as NodeMap);
  yaml.commentBefore = headerComment(doc, info);
  const root = yaml.contents;
  if (isMap(root)) {
    flow(root, ["ownership", "prefixes"]);
    const pricePlans = root.get("pricePlans", true);
    if (isMap(pricePlans)) for (const pair of pricePlans.items) flow(pair.value, []);
    flow(root, ["defaults", "rates"]);
    const accounts = root.get("accounts", true);
    if (isSeq(accounts)) for (const account of accounts.items) flow(account, ["rates"]);
    const batches = root.get("batches", true);
    if (isSeq(batches)) for (const batch of batches.items) flow(batch, ["rates"]);
    // A blank line between top-level sections, like a hand-written file.
    root.items.forEach((pair, i) => {
      if (i > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
    });
  }
  return yaml.toString({ lineWidth: 0, flowCollectionPadding: true });
}
