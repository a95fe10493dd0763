// Bad requests get an ERROR result (HTTP 200), never a crash or a hang; a wrong passphrase changes
// nothing; a thousand concurrent requests are all answered.
import { request } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { description, PASS, parseXml, select, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

describe("bad requests", () => {
  it.each([
    ["unknown command", "/nosuchcommand", {}, "ERROR: unknown command"],
    ["root path", "/", {}, "ERROR: unknown command"],
    ["unknown account", "/viewaccount", { account: "ghost" }, "ERROR: account does not exist"],
    ["non-numeric number", "/generateaccounts", { account: "x", number: "ten" }, "ERROR: invalid parameter number"],
    ["negative number", "/generateaccounts", { account: "x", number: "-1" }, "ERROR: invalid parameter number"],
    ["zero number", "/generateaccounts", { account: "x", number: "0" }, "ERROR: invalid parameter number"],
    [
      "number=100000000",
      "/generateaccounts",
      { account: "x", number: "100000000" },
      "ERROR: invalid parameter number: at most 10000 accounts per call",
    ],
    ["huge number", "/generateaccounts", { account: "x", number: "9".repeat(40) }, "ERROR: invalid parameter number"],
    ["non-numeric plan", "/generateaccounts", { account: "x", priceplan: "one" }, "ERROR: invalid parameter priceplan"],
    ["bad type", "/generateaccounts", { account: "x", type: "7" }, "ERROR: invalid parameter type"],
    ["bad flag", "/generateaccounts", { account: "x", unltime: "yes" }, "ERROR: invalid parameter unltime"],
    ["bad from date", "/getstatistics", { from: "20261301" }, "ERROR: invalid parameter from"],
    ["impossible day", "/getstatistics", { from: "20260230" }, "ERROR: invalid parameter from"],
    ["bad to date", "/getstatistics", { to: "2026-11-29" }, "ERROR: invalid parameter to"],
    ["unknown account before bad values", "/updateaccount", { account: "x", expiredatetime: "2026" }, "ERROR: account does not exist"],
    ["bad mac", "/logoutaccount", { mac: "not-a-mac" }, "ERROR: invalid parameter mac"],
    ["control character in account", "/generateaccounts", { account: "a\u0001b" }, "ERROR: invalid parameter account"],
  ])("%s → ERROR", async (_name, path, params, expected) => {
    const q = new URLSearchParams({ pass: PASS, ...(params as Record<string, string>) });
    const r = await t.get(`${path}?${q}`);
    expect(r.status).toBe(200);
    expect(description(r.doc)).toMatch(new RegExp(`^(${expected})$`));
  });

  it("rejects a bad date on an existing account without changing it", async () => {
    await t.call("generateaccounts", { account: "x", priceplan: 1 });
    const r = await t.call("updateaccount", { account: "x", expiredatetime: "202611291261", timeleft: 1 });
    expect(description(r.doc)).toBe("ERROR: invalid parameter expiredatetime");
    expect(t.emu.state.account("x")?.timeLeftMs).toBe(3_600_000);
  });

  it("treats command names case-insensitively", async () => {
    const r = await t.get(`/GetPricePlans?pass=${encodeURIComponent(PASS)}`);
    expect(select(r.doc, "PricePlans/PricePlan/ID").length).toBeGreaterThanOrEqual(3);
  });

  it("answers a malformed percent-encoding and an overlong URL without crashing", async () => {
    const r = await t.get(`/viewaccount?pass=${encodeURIComponent(PASS)}&account=%E0%A4%A`);
    expect(r.status).toBe(200);
    expect(description(r.doc)).toMatch(/^ERROR: /);
    const long = await fetch(`${t.emu.url}/viewaccount?account=${"a".repeat(20_000)}`);
    expect([200, 414, 431]).toContain(long.status);
    await long.text();
    const after = await t.call("getaccountlist");
    expect(after.status).toBe(200);
    expect(after.text).toContain("<Accounts>");
  });

  it("survives a client that disconnects mid-request", async () => {
    await new Promise<void>((resolve) => {
      const req = request(`${t.emu.url}/getpriceplans?pass=${encodeURIComponent(PASS)}`);
      req.on("error", () => resolve());
      req.on("socket", (s) => s.on("connect", () => req.destroy()));
      req.end();
      setTimeout(resolve, 100);
    });
    expect((await t.call("getpriceplans")).status).toBe(200);
  });
});

describe("passphrase", () => {
  it("a wrong or missing passphrase gets an error and changes nothing, for every write command", async () => {
    await t.call("generateaccounts", { account: "alice", priceplan: 1 });
    await t.call("generateaccounts", { account: "bob", priceplan: 1 });
    await t.call("loginaccount", { account: "bob" });
    const before = t.emu.state.snapshot();
    const writes: [string, Record<string, string | number>][] = [
      ["generateaccounts", { account: "mallory", priceplan: 1 }],
      ["updateaccount", { account: "alice", timeleft: 1, password: "owned" }],
      ["refillaccount", { account: "alice", priceplan: 3 }],
      ["deleteaccount", { account: "alice" }],
      ["loginaccount", { account: "alice" }],
      ["logoutaccount", { account: "bob" }],
    ];
    for (const [command, params] of writes) {
      for (const pass of ["wrong", "", PASS.toUpperCase(), `${PASS} `]) {
        const r = await t.call(command, { ...params, pass });
        expect(description(r.doc)).toBe("ERROR: invalid passphrase");
      }
      const q = new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]));
      expect(description((await t.get(`/${command}?${q}`)).doc)).toBe("ERROR: invalid passphrase");
    }
    const after = t.emu.state.snapshot();
    expect({ ...after, savedAt: "" }).toEqual({ ...before, savedAt: "" });
  });
});

describe("load", () => {
  it("answers 1,000 concurrent requests", async () => {
    await t.call("generateaccounts", { account: "load", number: 100, priceplan: 1 });
    const q = (p: Record<string, string>): string => new URLSearchParams({ pass: PASS, ...p }).toString();
    const paths = Array.from({ length: 1000 }, (_, i) => {
      switch (i % 4) {
        case 0:
          return `/viewaccount?${q({ account: `load${(i % 100) + 1}` })}`;
        case 1:
          return `/getpriceplans?${q({})}`;
        case 2:
          return `/updateaccount?${q({ account: `load${(i % 100) + 1}`, timeleft: String(i) })}`;
        default:
          return `/generateaccounts?${q({ account: `c${i}`, priceplan: "1" })}`;
      }
    });
    const answers = await Promise.all(
      paths.map(async (p) => {
        const res = await fetch(t.emu.url + p);
        return { status: res.status, doc: parseXml(await res.text()) };
      }),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const errors = answers.filter((a) => (description(a.doc) ?? "").startsWith("ERROR"));
    expect(errors).toEqual([]);
    expect(t.emu.state.accounts()).toHaveLength(100 + 250);
    expect(t.emu.requestLog().length).toBe(1001);
  });
});
