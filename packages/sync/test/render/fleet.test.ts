// A fleet's Markdown comment: the summary first, one <details> per venue in order, and for 100
// venues with large plans still one comment GitHub accepts (65,536 characters), saying what was
// cut and where the whole plan is.
import { describe, expect, it } from "vitest";
import { renderFleetMarkdown, renderFleetText, type VenueReport } from "../../src/render/index.js";
import { emptyPlan, hugePlan } from "./fixtures.js";

function fleet(n: number, accounts: number): VenueReport[] {
  return Array.from({ length: n }, (_, i): VenueReport => {
    const site = `venue-${String(i).padStart(3, "0")}`;
    if (i % 10 === 3) return { site, server: `http://10.0.${i}.1`, result: "error", error: "connect ECONNREFUSED 10.0.3.1:82" };
    if (i % 10 === 5) return { site, server: `http://10.0.${i}.1`, plan: emptyPlan, result: "no-changes" };
    return { site, server: `http://10.0.${i}.1`, plan: hugePlan(accounts), result: "changes" };
  });
}

describe("fleet Markdown", () => {
  it("puts the summary first and a section per venue, in order", () => {
    const venues = fleet(4, 3);
    const md = renderFleetMarkdown(venues);
    const table = md.indexOf("| venue | server | create | update | delete | result |");
    expect(table).toBeGreaterThan(0);
    const sections = [...md.matchAll(/<details><summary>`([\w-]+)`: ([^<]*)<\/summary>/g)].map((m) => m[1]);
    expect(sections).toEqual(["venue-000", "venue-001", "venue-002", "venue-003"]);
    expect(md.indexOf("<details>")).toBeGreaterThan(table);
    expect(md).toContain("| `venue-003` | `http://10.0.3.1` | - | - | - | **error** |");
    expect(md).not.toContain("cut here");
  });

  it("fits 100 venues of large plans in one comment, each cut section saying so and where the whole plan is", () => {
    const venues = fleet(100, 200);
    const md = renderFleetMarkdown(venues, { wholePlan: "in the job log" });
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect([...md.matchAll(/<details><summary>/g)]).toHaveLength(100);
    expect(md).toMatch(/cut here: \d+ more characters of venue-000's plan; the whole plan is in the job log/);
    // Every section closes its code fence and its <details>.
    for (const part of md.split("<details>").slice(1)) {
      expect(part).toContain("</details>");
      const fences = part.match(/^`{3,}/gm) ?? [];
      expect(fences.length % 2).toBe(0);
    }
  });

  it("text: each plan whole in order, then the summary naming every venue", () => {
    const text = renderFleetText(fleet(4, 2));
    const at = ["venue-000", "venue-001", "venue-002", "venue-003"].map((s) => text.indexOf(`── ${s} `));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    const summary = text.slice(text.indexOf("VENUE"));
    for (const s of ["venue-000", "venue-001", "venue-002", "venue-003"]) expect(summary).toContain(s);
    expect(summary).toContain("venue-003: connect ECONNREFUSED");
  });
});
