// Every error class of ours extends core's HotspotIacError and has codes of its own, each listed
// in core's ERROR_CODES (the one table), and every code in the table belongs to a class. Read
// with the TypeScript checker over every package's sources, exported classes or not: a class
// "is an error" when Error is among its base classes; its codes are the literal type(s) of `code`.
import { ERROR_CODES, HotSpotError } from "@hotspot-iac/core";
import { describe, expect, it } from "vitest";
import { errorClasses } from "./public-surface.js";

describe("error classes", () => {
  // The base itself, abstract, has every code.
  const classes = errorClasses().filter((c) => c.name !== "HotspotIacError");

  it("are found in every package that throws its own", () => {
    const files = new Set(classes.map((c) => c.file.split("/")[1]));
    expect([...files].sort()).toEqual(["cli", "core", "emulator", "sync", "terraform-provider", "vouchers"]);
  });

  it("all extend HotspotIacError", () => {
    expect(classes.filter((c) => !c.bases.includes("HotspotIacError")).map((c) => `${c.name} (${c.file})`)).toEqual([]);
  });

  it("each have codes no other class has, all in ERROR_CODES, and the table has no code nobody uses", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of classes) {
      expect(c.codes.length, `${c.name} has a literal code`).toBeGreaterThan(0);
      for (const code of c.codes) {
        if (owner.has(code)) clashes.push(`${code}: ${owner.get(code)} and ${c.name}`);
        owner.set(code, c.name);
      }
    }
    expect(clashes).toEqual([]);
    expect([...owner.keys()].filter((code) => !(code in ERROR_CODES))).toEqual([]);
    expect(Object.keys(ERROR_CODES).filter((code) => !owner.has(code))).toEqual([]);
    expect(ERROR_CODES["hotspot-request"]).toMatch(/^HotSpotError:/);
  });

  it("carry their code on the prototype: an error's own properties are as before", () => {
    const err = new HotSpotError({ command: "getaccountlist", kind: "timeout", url: "http://hotspot.test/api" });
    expect(err.code).toBe("hotspot-request");
    expect(err.kind).toBe("timeout");
    expect(Object.keys(err)).not.toContain("code");
  });
});
