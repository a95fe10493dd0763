// The committed JSON Schema and configuration reference are what the generator writes now, and the
// reference documents every catalogue field as the code has it (name, Terraform attribute, class,
// sensitivity, kind, wire parameters).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderConfigurationDoc, renderJsonSchema } from "../../scripts/reference.js";
import { ACCOUNT_FIELDS, attributeName, BATCH_FIELDS, batchAttributeName } from "../../src/index.js";

const root = join(import.meta.dirname, "../..");
const committedDoc = (): string => readFileSync(join(root, "../../docs/configuration.md"), "utf8");

/** The rows of the markdown table whose header row starts with `header`, as cells by column name. */
function tableRows(doc: string, header: string): Array<Record<string, string>> {
  const lines = doc.split("\n");
  const start = lines.findIndex((l) => l.startsWith(header));
  expect(start, `a table starting "${header}"`).toBeGreaterThanOrEqual(0);
  const cells = (line: string) => line.slice(1, -1).split(" | ").map((c) => c.trim().replace(/^`(.*)`$/, "$1"));
  const names = cells(lines[start]!);
  const rows: Array<Record<string, string>> = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith("|")) break;
    rows.push(Object.fromEntries(cells(line).map((c, i) => [names[i]!, c])));
  }
  return rows;
}

describe("generated reference files", () => {
  it("schema/hotspot.schema.json is up to date (run: pnpm --filter @hotspot-iac/core gen)", () => {
    expect(readFileSync(join(root, "schema/hotspot.schema.json"), "utf8")).toBe(renderJsonSchema());
  });

  it("docs/configuration.md is up to date (run: pnpm --filter @hotspot-iac/core gen)", () => {
    expect(committedDoc()).toBe(renderConfigurationDoc());
  });

  it("documents every account field of the catalogue, once, as the catalogue has it", () => {
    const rows = tableRows(committedDoc(), "| field | Terraform attribute | class | sensitive |");
    expect(rows.map((r) => r["field"])).toEqual(ACCOUNT_FIELDS.map((f) => f.name));
    for (const [i, f] of ACCOUNT_FIELDS.entries()) {
      expect(rows[i], f.name).toEqual({
        field: f.name,
        "Terraform attribute": attributeName(f),
        class: f.class,
        sensitive: f.sensitive ? "yes" : "",
        kind: f.kind,
        generateaccounts: f.generate.join(", "),
        updateaccount: f.update.join(", "),
        viewaccount: f.view.join(", "),
      });
    }
  });

  it("documents every batch field of the catalogue, once, as the catalogue has it", () => {
    const rows = tableRows(committedDoc(), "| field | Terraform attribute | class | applies to |");
    expect(rows.map((r) => r["field"])).toEqual(BATCH_FIELDS.map((f) => f.name));
    for (const [i, f] of BATCH_FIELDS.entries()) {
      expect(rows[i], f.name).toMatchObject({
        field: f.name,
        "Terraform attribute": batchAttributeName(f),
        class: f.class,
        "applies to": f.member ? "every member" : "the batch",
        generateaccounts: f.generate.join(", "),
      });
    }
  });
});
