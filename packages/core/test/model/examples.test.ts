// The shipped examples load with no environment, and model → YAML → model is lossless for each.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, parseConfig, toYaml } from "../../src/model/index.js";
import { comparable } from "./helpers.js";

const examples = join(import.meta.dirname, "../../../../examples");

describe("examples", () => {
  it("event-wifi: four staff accounts and a 300-ticket batch, from three merged files", async () => {
    const config = await loadConfig(join(examples, "event-wifi"), { env: {}, cwd: examples });
    expect(config.files).toEqual(["event-wifi/hotspot.yaml", "event-wifi/staff.yaml", "event-wifi/vouchers.yaml"]);
    const [site] = config.sites;
    expect(site?.name).toBe("default");
    expect(site?.accounts.map((a) => a.username)).toEqual(["staff-alice", "staff-bob", "staff-carol", "staff-dave"]);
    expect(site?.batches).toHaveLength(1);
    expect(site?.batches[0]).toMatchObject({ prefix: "CONF-", count: 300, type: "ticket", plan: "day" });
    // Defaults merged per field: carol keeps the default download and sets her own upload.
    expect(site?.accounts[2]?.rates).toEqual({ download: 524288, upload: 1048576 });
    expect(site?.accounts[2]?.source).toMatchObject({ file: "event-wifi/staff.yaml", line: 23, col: 5 });
    // Every written value is located, for errors found later (an unknown plan on the server).
    expect(site?.accounts[2]?.source?.fields?.["plan"]).toEqual({ line: 25, col: 11 });
    expect(site?.accounts[2]?.source?.fields?.["rates.upload"]).toEqual({ line: 27, col: 22 });
    expect(site?.pricePlans["day"]?.source).toMatchObject({ file: "event-wifi/hotspot.yaml", line: 23, col: 3 });
    // With no environment the demo fallbacks apply; a set variable wins.
    expect(site?.accounts[0]?.password?.reveal()).toBe("demo-only-alice");
    const withEnv = await loadConfig(join(examples, "event-wifi"), { env: { ALICE_PASSWORD: "Real-Pw-77" } });
    expect(withEnv.sites[0]?.accounts[0]?.password?.reveal()).toBe("Real-Pw-77");
    expect(site?.server.url).toBeUndefined();
    expect(site?.server.safety).toEqual({ maxDeletePercent: 30, maxUpdatePercent: 50, maxDeletes: 50, maxUpdates: 5000, minOwned: 10 });
  });

  it("hotel: postpaid rooms from defaults and prepaid day passes with relative expiry", async () => {
    const config = await loadConfig(join(examples, "hotel"), { env: {} });
    const accounts = config.sites[0]!.accounts;
    const rooms = accounts.filter((a) => a.username.startsWith("room-"));
    const passes = accounts.filter((a) => a.username.startsWith("daypass-"));
    expect(rooms).toHaveLength(12);
    expect(passes.length).toBeGreaterThanOrEqual(3);
    for (const r of rooms) expect(r).toMatchObject({ type: "postpaid", plan: "stay" });
    for (const p of passes) {
      expect(p).toMatchObject({ type: "prepaid", plan: "day", timeLeft: 86400, expires: { kind: "relative", seconds: 604800 } });
    }
    expect(rooms.find((r) => r.username === "room-301")).toMatchObject({ multilogin: 6, rates: { download: 2621440, upload: 655360 } });
  });

  for (const name of ["event-wifi", "hotel"]) {
    it(`${name}: model → YAML → model is lossless, references kept as references`, async () => {
      const env = { ALICE_PASSWORD: "Zebra-Secret-4711" };
      const config = await loadConfig(join(examples, name), { env });
      const yaml = toYaml(config);
      expect(yaml).not.toContain("Zebra-Secret-4711");
      const again = parseConfig(yaml, `${name}.yaml`, { env });
      expect(comparable(again)).toEqual(comparable(config));
      expect(toYaml(again)).toBe(yaml);
    });
  }
});
