// The packages' public surface, read with the TypeScript checker (public-surface.ts).
//
// (a) One name, one thing: no name is exported by two packages (core, sync, vouchers, emulator,
//     terraform-provider and its /testing entry) for two different declarations. Values and types
//     alike; aliases and re-exports are followed to their declaration, so a package re-exporting
//     another's symbol under the same name is the same thing, not a clash.
// (b) No unused export in core, sync or vouchers (the libraries others build on). An export is used
//     when a file outside its own package folder (packages/*, examples, bench, scripts; tests
//     included) imports it by name from the package's specifier (`import { x } from
//     "@hotspot-iac/sync"`, `ns.x` of a namespace import, `await import(...)` destructured,
//     `import("...").x` types), or when it is named in the declaration of an export of the same
//     package that is used (an option type of a used function, the parts of the Plan model): a
//     consumer of the function needs to be able to name its types. A package's own tests import
//     internals by relative path and never count.
// No allow-list.
import { describe, expect, it } from "vitest";
import { type Export, importedNames, ownerOf, publicExports, type Use } from "./public-surface.js";

const LIBRARIES: Record<string, string> = { core: "packages/core", sync: "packages/sync", vouchers: "packages/vouchers" };

let exportsCache: Export[] | undefined;
const all = (): Export[] => (exportsCache ??= publicExports());

describe("the packages' public exports", () => {
  it("give each name to one thing across packages", () => {
    const byName = new Map<string, Export[]>();
    for (const e of all()) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
    const clashes = [...byName]
      .filter(([, es]) => new Set(es.map((e) => e.declaration)).size > 1)
      .map(([name, es]) => `${name}: ${es.map((e) => `${e.specifier} (${e.declaration.split(":")[0]})`).join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("of core, sync and vouchers are each used outside their package", () => {
    const uses: Use[] = importedNames();
    const key = (specifier: string, declaration: string) => `${specifier}\0${declaration}`;
    const used = new Set<string>();
    for (const e of all()) {
      const dir = LIBRARIES[e.pkg];
      if (uses.some((u) => u.specifier === e.specifier && u.name === e.name && ownerOf(u.file) !== dir)) used.add(key(e.specifier, e.declaration));
    }
    // The types a used export names are used too, to a fixed point.
    for (let grew = true; grew; ) {
      grew = false;
      for (const e of all()) {
        if (!used.has(key(e.specifier, e.declaration))) continue;
        for (const r of e.references) {
          if (used.has(key(e.specifier, r))) continue;
          used.add(key(e.specifier, r));
          grew = true;
        }
      }
    }
    const unused = all()
      .filter((e) => LIBRARIES[e.pkg] && !used.has(key(e.specifier, e.declaration)))
      .map((e) => `${e.specifier}: ${e.name} (${e.declaration.split(":")[0]})`);
    expect(unused).toEqual([]);
  });

  it("are found: the checker sees the entry points and the scan sees their consumers", () => {
    const names = (specifier: string) => all().filter((e) => e.specifier === specifier).map((e) => e.name);
    expect(names("@hotspot-iac/sync")).toContain("plan");
    expect(names("@hotspot-iac/core")).toContain("HotSpotClient");
    expect(names("@hotspot-iac/vouchers")).toContain("printVouchers");
    const uses = importedNames();
    // A dynamic import (the CLI loads pdfkit's side lazily) and a static one.
    expect(uses.some((u) => u.specifier === "@hotspot-iac/vouchers" && u.name === "printVouchers" && u.file.includes("packages/cli/"))).toBe(true);
    expect(uses.some((u) => u.specifier === "@hotspot-iac/sync" && u.name === "plan" && u.file.includes("packages/cli/"))).toBe(true);
  });
});
