// A server in another time zone than the machine that plans it (an MSP's laptop in one zone, the
// venue's server in another): `server.timeZone` names the server's zone, and "now" is read on its
// wall clock (the expired-on-arrival check, relative expiries). The CLI runs with TZ set to
// Pacific/Kiritimati (UTC+14, no daylight saving) against a site whose server keeps UTC.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite, hotspot } from "./harness.js";

const PASSPHRASE = "Time-Zone-Pass-4e81";
// The emulated server keeps UTC whatever zone the machine running the tests is in.
const suite = emulatorSuite(PASSPHRASE, ["--time-zone", "UTC"]);
const FAR_EAST = { TZ: "Pacific/Kiritimati" };

/** `YYYY-MM-DDTHH:MM` of UTC now plus `hours`: the UTC server's wall clock then. */
function utcWallClock(hours: number): string {
  return new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);
}

const config = (server: string[], username: string, expires: string) =>
  ["version: 1", ...server, "pricePlans:", '  hour: { description: "1 Hour" }', "accounts:", `  - username: ${username}`, "    plan: hour", `    expires: ${expires}`, ""].join("\n");

describe("server.timeZone", { timeout: 120_000 }, () => {
  it("an expiry two hours ahead on a UTC server: refused when judged on the machine's clock (14 hours ahead), created with timeZone: UTC", async () => {
    const dir = suite.checkout();
    const file = join(dir, "hotspot.yaml");
    const expires = utcWallClock(2);

    // Without the setting the machine's zone stands in for the server's: 2 hours ahead of UTC is
    // 12 hours ago in Kiritimati.
    writeFileSync(file, config([], "tz-guest", expires));
    const judgedLocally = await suite.run(dir, ["plan", "--detailed-exitcode"], FAR_EAST);
    expect(judgedLocally.code, judgedLocally.stdout + judgedLocally.stderr).toBe(1);
    expect(judgedLocally.stdout + judgedLocally.stderr).toContain('account "tz-guest" would be created already expired');

    writeFileSync(file, config(["server:", "  timeZone: UTC"], "tz-guest", expires));
    const plan = await suite.run(dir, ["plan", "--detailed-exitcode"], FAR_EAST);
    expect(plan.code, plan.stdout + plan.stderr).toBe(2);
    expect(plan.stdout).toContain(`+ expires = "${expires}"`);
    const applied = await suite.run(dir, ["apply", "--auto-approve"], FAR_EAST);
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    expect(await suite.emu.api("viewaccount", { account: "tz-guest" })).toContain(`<Expire>${expires.replace("T", " ")}:00</Expire>`);
  });

  it("an expiry already past on the UTC server is refused even where the machine's clock is behind it", async () => {
    const dir = suite.checkout();
    const expires = utcWallClock(-2);
    // America/Los_Angeles is 7–8 hours behind UTC: its clock alone would let this through.
    writeFileSync(join(dir, "hotspot.yaml"), config([], "tz-late", expires));
    expect((await suite.run(dir, ["plan", "--detailed-exitcode"], { TZ: "America/Los_Angeles" })).code).toBe(2);
    writeFileSync(join(dir, "hotspot.yaml"), config(["server:", "  timeZone: UTC"], "tz-late", expires));
    const refused = await suite.run(dir, ["apply", "--auto-approve"], { TZ: "America/Los_Angeles" });
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('account "tz-late" would be created already expired');
    expect(await suite.emu.api("viewaccount", { account: "tz-late" })).toMatch(/does not exist/);
  });

  it("a fleet's shared zone reaches every venue, and a venue may name its own (hotspot validate shows both)", async () => {
    const dir = suite.checkout();
    writeFileSync(
      join(dir, "hotspot.yaml"),
      [
        "version: 1",
        "fleet:",
        "  shared:",
        "    server: { timeZone: Europe/Lisbon }",
        "    pricePlans: { hour: { id: 1 } }",
        "  venues:",
        "    porto: http://127.0.0.1:9",
        '    boston: { server: { url: "http://127.0.0.1:9", timeZone: America/New_York } }',
        "",
      ].join("\n"),
    );
    const porto = await suite.run(dir, ["validate", "--site", "porto"]);
    expect(porto.code, porto.stderr).toBe(0);
    expect(porto.stdout).toMatch(/ {6}timeZone: Europe\/Lisbon\n/);
    const boston = await suite.run(dir, ["validate", "--site", "boston"]);
    expect(boston.stdout).toMatch(/ {6}timeZone: America\/New_York\n/);
  });

  it("the embedded emulator (--emulator) keeps the configured zone's clock, so what the client created is not expired there", async () => {
    const dir = suite.checkout();
    const expires = utcWallClock(2);
    writeFileSync(join(dir, "hotspot.yaml"), config(["server:", "  timeZone: UTC"], "tz-embedded", expires));
    const applied = await hotspot(["apply", "--emulator", "--auto-approve"], { cwd: dir, env: FAR_EAST });
    expect(applied.code, applied.stdout + applied.stderr).toBe(0);
    // On the machine's clock (14 hours ahead) the account would have expired 12 hours ago.
    const login = await hotspot(["account", "login", "tz-embedded", "--ip", "10.0.0.7", "--emulator"], { cwd: dir, env: FAR_EAST });
    expect(login.code, login.stdout + login.stderr).toBe(0);
    expect(login.stdout).toContain("Logged in tz-embedded");
  });

  it("an unknown zone is a located error before anything is sent", async () => {
    const dir = suite.checkout();
    writeFileSync(join(dir, "hotspot.yaml"), config(["server:", "  timeZone: Europe/Atlantis"], "tz-none", "2099-01-01"));
    const before = await suite.emu.lastSeq();
    const r = await suite.run(dir, ["plan"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("hotspot.yaml:3:13: server.timeZone: expected a time zone like Europe/Lisbon or UTC (an IANA name)");
    expect(await suite.emu.log(before)).toEqual([]);
  });
});
