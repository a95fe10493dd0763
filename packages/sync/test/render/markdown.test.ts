import { describe, expect, it } from "vitest";
import { MARKDOWN_COMMENT_LIMIT, renderMarkdown } from "../../src/render/index.js";
import { emptyPlan, hugePlan, mixedPlan } from "./fixtures.js";

describe("renderMarkdown", () => {
  it("renders one PR comment for a small plan (golden)", async () => {
    const parts = renderMarkdown(mixedPlan);
    expect(parts).toHaveLength(1);
    await expect(parts[0]).toMatchFileSnapshot("golden/mixed.md");
  });

  it("puts the deletion warning before the details", () => {
    const [md] = renderMarkdown(mixedPlan);
    const warning = md!.indexOf("This plan deletes 1 account:** `staff-dave`");
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(md!.indexOf("<details>"));
  });

  it("collapses details into a diff block with symbols at column 0", () => {
    const [md] = renderMarkdown(mixedPlan);
    expect(md).toMatch(/<details><summary>Plan details<\/summary>\n\n```diff\n/);
    expect(md).toContain('\n+   account "staff-alice" {');
    expect(md).toContain('\n!       expires  = "2026-12-31 18:00" -> "2027-01-31 18:00"');
    expect(md).toContain('\n-   account "staff-dave" {');
  });

  it("says no changes in one short comment", () => {
    const parts = renderMarkdown(emptyPlan);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toContain("No changes. The server matches the configuration.");
    expect(parts[0]).not.toContain("<details>");
  });

  it("splits a plan over 60,000 characters into several comments, losing nothing", () => {
    const plan = hugePlan(900);
    const parts = renderMarkdown(plan);
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(part.length).toBeLessThanOrEqual(MARKDOWN_COMMENT_LIMIT);
      expect(part.startsWith(`<!-- hotspot-plan part ${i + 1} of ${parts.length} -->\n`)).toBe(true);
      // Every part is well formed: its fences and <details> are closed.
      expect(part.match(/^```/gm)?.length).toBe(2);
      expect(part).toContain("</details>");
    });
    // The warning only once, in the first part; the summary line at the end of the last.
    expect(parts[0]).toContain("[!CAUTION]");
    expect(parts.slice(1).some((p) => p.includes("[!CAUTION]"))).toBe(false);
    expect(parts.at(-1)!.trimEnd().endsWith("Plan: 0 to create, 810 to update, 90 to delete.")).toBe(true);
    // Every account appears exactly once across the parts, no block cut in half.
    const all = parts.join("\n");
    for (const c of plan.changes) {
      const name = c.resource === "account" ? c.username : c.prefix;
      expect(all.split(`account "${name}" {`).length - 1).toBe(1);
    }
    for (const part of parts) {
      const opens = part.match(/ account "guest-\d+" \{/g)?.length ?? 0;
      const closes = part.match(/^ {4}\}$/gm)?.length ?? 0;
      expect(closes).toBe(opens);
    }
  });

  it("honours a smaller limit and still splits at block boundaries", () => {
    const parts = renderMarkdown(hugePlan(60), { maxChars: 5_000 });
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(5_000);
  });

  it("cannot be broken out of by backticks in a name", () => {
    const evil = structuredClone(mixedPlan);
    const first = evil.changes[0]!;
    if (first.resource === "account") first.username = "x```\n<script>";
    const [md] = renderMarkdown(evil);
    expect(md!.match(/^````diff$/m)).not.toBeNull();
  });
});
