// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} / ${file:…} references are text here
import { describe, expect, it } from "vitest";
import { type Palette, plainPalette, renderText } from "../../src/render/index.js";
import { batchResizePlan, emptyPlan, mixedPlan } from "./fixtures.js";

describe("renderText", () => {
  it("draws creates, updates and deletes like terraform (golden)", async () => {
    await expect(renderText(mixedPlan)).toMatchFileSnapshot("golden/mixed.txt");
  });

  it("draws batch growth and shrink with the members removed (golden)", async () => {
    await expect(renderText(batchResizePlan)).toMatchFileSnapshot("golden/batch-resize.txt");
  });

  it("ends with terraform's summary line counting accounts, then the batch line", () => {
    const lines = renderText(mixedPlan).trimEnd().split("\n");
    expect(lines.slice(-2)).toEqual(["Plan: 302 to create, 1 to update, 1 to delete.", "Batches: 1 to create."]);
  });

  it("shows attribute changes as before -> after", () => {
    expect(renderText(mixedPlan)).toContain('      ~ expires  = "2026-12-31 18:00" -> "2027-01-31 18:00"');
  });

  it("masks sensitive values", () => {
    const text = renderText(mixedPlan);
    expect(text).toContain("+ password           = (sensitive value)");
    // a value from a reference: sensitive whatever the field, named by its reference only
    expect(text).toContain("+ customer.firstName = (sensitive, from ${env:GUEST_NAME})");
    expect(text).toContain("~ password = (sensitive value) -> (sensitive value) # changed since last apply");
  });

  it("hides no-op changes", () => {
    expect(renderText(mixedPlan)).not.toContain("staff-erin");
  });

  it("says No changes. when nothing changes", () => {
    expect(renderText(emptyPlan)).toBe("No changes. The server matches the configuration.\n");
  });

  it("names the site when a plan touches named sites", () => {
    const onSite = { ...mixedPlan, changes: mixedPlan.changes.map((c) => ({ ...c, site: "hq" })) };
    expect(renderText(onSite)).toContain('# account "staff-alice" on site "hq" will be created');
    expect(renderText(mixedPlan)).not.toContain("on site");
  });

  it("styles only through the palette it is given (the CLI's is ANSI colours)", () => {
    // A palette that tags each style, so the test sees which style drew what.
    const tagged = Object.fromEntries(Object.keys(plainPalette).map((k) => [k, (t: string) => `<${k}>${t}</${k}>`])) as unknown as Palette;
    const tags = /<\/?(create|update|delete|bold|dim|warn|error)>/g;
    expect(renderText(mixedPlan)).not.toMatch(tags);
    const styled = renderText(mixedPlan, { palette: tagged });
    expect(styled).toMatch(/<create>\s*\+<\/create>/);
    expect(styled).toMatch(/<delete>\s*-<\/delete>/);
    // Stripped of its styles, the styled text is the plain text.
    expect(styled.replace(tags, "")).toBe(renderText(mixedPlan));
  });
});
