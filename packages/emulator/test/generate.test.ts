// generateaccounts semantics: naming, tickets, passwords, plan values and overrides, clashes.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, one, select, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

const usernames = (doc: unknown): string[] => select(doc, "Accounts/Account/Username");

describe("generateaccounts naming", () => {
  it("numbers prefix + counter from startnumber without padding", async () => {
    const r = await t.call("generateaccounts", { account: "NEW", number: 2, startnumber: 21, priceplan: 1 });
    expect(usernames(r.doc)).toEqual(["NEW21", "NEW22"]);
  });

  it("continues after the highest number in use when startnumber is absent", async () => {
    await t.call("generateaccounts", { account: "guest", number: 2, priceplan: 1 });
    const r = await t.call("generateaccounts", { account: "guest", number: 2, priceplan: 1 });
    expect(usernames(r.doc)).toEqual(["guest3", "guest4"]);
  });

  it("refuses a batch that would overwrite an existing account, creating none of it", async () => {
    await t.call("generateaccounts", { account: "NEW22", priceplan: 1 });
    const r = await t.call("generateaccounts", { account: "NEW", number: 3, startnumber: 21, priceplan: 1 });
    expect(description(r.doc)).toBe("ERROR: account already exists: NEW22");
    expect(t.emu.state.accounts().map((a) => a.username)).toEqual(["NEW22"]);
    const single = await t.call("generateaccounts", { account: "NEW22", priceplan: 2 });
    expect(description(single.doc)).toBe("ERROR: account already exists: NEW22");
    expect(t.emu.state.account("NEW22")?.planId).toBe(1);
  });

  it("makes tickets of `length` characters: prefix + uppercase alphanumerics, empty password", async () => {
    const r = await t.call("generateaccounts", { account: "AFD75023-", number: 5, type: 2, length: 15, priceplan: 2 });
    const names = usernames(r.doc);
    expect(names).toHaveLength(5);
    for (const n of names) expect(n).toMatch(/^AFD75023-[A-Z0-9]{6}$/);
    expect(new Set(names).size).toBe(5);
    expect(select(r.doc, "Accounts/Account/Password")).toEqual(["", "", "", "", ""]);
    expect(t.emu.state.account(names[0] as string)?.type).toBe(2);
  });

  it("refuses a ticket length that leaves no room after the prefix", async () => {
    const r = await t.call("generateaccounts", { account: "LONGPREFIX", type: 2, length: 5 });
    expect(description(r.doc)).toMatch(/^ERROR: invalid parameter length/);
  });

  it("keeps names with spaces, &, =, +, #, % and non-ASCII letters exactly", async () => {
    const name = "Café & Bar = +1 #5 100% Zoë";
    const r = await t.call("generateaccounts", { account: name, priceplan: 1 });
    expect(usernames(r.doc)).toEqual([name]);
    const v = await t.call("viewaccount", { account: name });
    expect(one(v.doc, "Accounts/Account/Username")).toBe(name);
    expect(r.text).toContain("Café &amp; Bar");
  });
});

describe("generateaccounts values", () => {
  it("generates passwords of passlength, or sets the given password on all accounts", async () => {
    const r = await t.call("generateaccounts", { account: "p", number: 3, passlength: 10, priceplan: 1 });
    for (const pw of select(r.doc, "Accounts/Account/Password")) expect(pw).toMatch(/^[a-z0-9]{10}$/);
    const fixed = await t.call("generateaccounts", { account: "q", number: 2, password: "same", priceplan: 1 });
    expect(select(fixed.doc, "Accounts/Account/Password")).toEqual(["same", "same"]);
  });

  it("applies the plan and lets explicit parameters override it", async () => {
    const r = await t.call("generateaccounts", {
      account: "x",
      priceplan: 2,
      timeleft: 1800,
      unlquota: 1,
      download: 1000,
      upload: 500,
      expire: 3,
      autologin: 1,
    });
    expect(one(r.doc, "Accounts/Account/TimeLeft")).toBe("1800");
    expect(one(r.doc, "Accounts/Account/UnlimitedQuota")).toBe("True");
    expect(one(r.doc, "Accounts/Account/Download")).toBe("1000");
    expect(one(r.doc, "Accounts/Account/Upload")).toBe("500");
    expect(one(r.doc, "Accounts/Account/Expire")).toBe("2026-12-02 08:00:00");
    expect(one(r.doc, "Accounts/Account/GroupPlanID")).toBe("2");
    expect(t.emu.state.account("x")?.autologin).toBe(true);
  });

  it("gives one GenerateID per call", async () => {
    const a = await t.call("generateaccounts", { account: "a", number: 2, priceplan: 1 });
    const b = await t.call("generateaccounts", { account: "b", number: 2, priceplan: 1 });
    const ids = [...select(a.doc, "Accounts/Account/GenerateID"), ...select(b.doc, "Accounts/Account/GenerateID")];
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[0]).not.toBe(ids[2]);
  });

  it("accepts groupplan as well as priceplan", async () => {
    const r = await t.call("generateaccounts", { account: "g", groupplan: 3 });
    expect(one(r.doc, "Accounts/Account/GroupPlanID")).toBe("3");
  });

  it("starts its answer with the DTD of the captured server response, byte for byte", async () => {
    const captured = readFileSync(new URL("./fixtures/captured/generateaccounts-ticket.xml", import.meta.url), "utf8");
    const head = captured.slice(0, captured.indexOf("<Accounts>"));
    const r = await t.call("generateaccounts", { account: "AFD7005023-", type: 2, length: 12, priceplan: 2 });
    expect(r.text.slice(0, r.text.indexOf("<Accounts>"))).toBe(head);
  });

  it("uses the element order of the captured generateaccounts and viewaccount answers", async () => {
    const order = (xml: string): string[] => {
      const account = /<Account>(.*?)<\/Account>/s.exec(xml)?.[1] ?? "";
      return [...account.matchAll(/<(\w+)>/g)].map((m) => m[1] as string);
    };
    const fixture = (name: string): string => readFileSync(new URL(`./fixtures/captured/${name}`, import.meta.url), "utf8");
    const g = await t.call("generateaccounts", { account: "T-", type: 2, length: 9, priceplan: 2 });
    expect(order(g.text)).toEqual(order(fixture("generateaccounts-ticket.xml")));
    const name = select(g.doc, "Accounts/Account/Username")[0] as string;
    const v = await t.call("viewaccount", { account: name });
    expect(order(v.text)).toEqual(order(fixture("viewaccount-ticket.xml")));
    expect(v.text.startsWith('<?xml version="1.0" encoding="UTF-8"?><Accounts><Account><Username>')).toBe(true);
  });
});
