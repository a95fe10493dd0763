// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the YAML holds ${env:…} and ${venue} literally
// A fleet: the shared part once, a line per venue, expanded into one site per venue; errors located
// on the line as written (shared part or venue line), once each.
import { describe, expect, it } from "vitest";
import { LoadError, parseConfig, selectSite, toYaml } from "../../src/model/index.js";

const FLEET = `version: 1
fleet:
  shared:
    server:
      passphrase: \${env:HOTSPOT_PASSPHRASE_\${VENUE}}
      timeout: 20s
    ownership:
      prefixes: ["staff-"]
    pricePlans:
      day: { id: 1 }
    defaults:
      plan: day
    accounts:
      - username: staff-manager
        password: \${env:MANAGER_PASSWORD}
      - username: staff-night
        password: night-\${venue}
  venues:
    lisbon: http://lisbon.example:8080
    porto-airport:
      url: http://porto.example:8080
      omit: [staff-night]
      server: { timeout: 5s }
      accounts:
        - username: staff-manager
          password: porto-own
          customer: { firstName: Ana }
        - username: staff-cleaner
          password: c
`;

const env = { HOTSPOT_PASSPHRASE_LISBON: "pl", HOTSPOT_PASSPHRASE_PORTO_AIRPORT: "pp", MANAGER_PASSWORD: "m" };

function errors(text: string, e: Record<string, string> = env): string[] {
  try {
    parseConfig(text, "fleet.yaml", { env: e });
  } catch (err) {
    if (err instanceof LoadError) return err.message.split("\n").slice(1);
    throw err;
  }
  return [];
}

describe("fleet", () => {
  it("expands a venue line over the shared part: override, omission, ${venue} and ${VENUE}", () => {
    const config = parseConfig(FLEET, "fleet.yaml", { env });
    expect(config.sites.map((s) => s.name)).toEqual(["lisbon", "porto-airport"]);
    const lisbon = selectSite(config, "lisbon");
    expect(lisbon.server.url).toBe("http://lisbon.example:8080");
    expect(lisbon.server.passphrase?.reveal()).toBe("pl");
    expect(lisbon.server.timeout).toBe(20);
    expect(lisbon.accounts.map((a) => [a.username, a.password?.reveal(), a.plan])).toEqual([
      ["staff-manager", "m", "day"],
      ["staff-night", "night-lisbon", "day"],
    ]);
    const porto = selectSite(config, "porto-airport");
    expect(porto.server.passphrase?.reveal()).toBe("pp");
    expect(porto.server.passphrase?.ref).toBe("${env:HOTSPOT_PASSPHRASE_PORTO_AIRPORT}");
    expect(porto.server.timeout).toBe(5);
    expect(porto.accounts.map((a) => [a.username, a.password?.reveal(), a.customer?.firstName])).toEqual([
      ["staff-manager", "porto-own", "Ana"],
      ["staff-cleaner", "c", undefined],
    ]);
    expect(porto.pricePlans.day?.id).toBe(1);
  });

  it("is written back expanded, as sites", () => {
    const yaml = toYaml(parseConfig(FLEET, "fleet.yaml", { env }));
    expect(yaml).toContain("sites:");
    expect(yaml).toContain("porto-airport:");
    expect(yaml).toContain("${env:HOTSPOT_PASSPHRASE_PORTO_AIRPORT}");
    expect(yaml).not.toContain("pp\n");
  });

  it("names the missing variable of each venue", () => {
    expect(errors(FLEET, { ...env, HOTSPOT_PASSPHRASE_LISBON: undefined } as never)).toEqual([
      expect.stringMatching(/^fleet\.yaml:5:19: fleet\.shared\.server\.passphrase: .*HOTSPOT_PASSPHRASE_LISBON/),
    ]);
  });

  it("locates an error in the shared part once, and one in a venue line on that line", () => {
    const bad = FLEET.replace("password: night-${venue}", "password: night\n        tiemLeft: 2h").replace(
      "password: c",
      "password: c\n          quota: lots",
    );
    expect(errors(bad)).toEqual([
      'fleet.yaml:18:9: fleet.shared.accounts[1].tiemLeft: unknown key (did you mean "timeLeft"?)',
      'fleet.yaml:31:18: fleet.venues.porto-airport.accounts[1].quota: expected a size like 500MB or 5GB, or unlimited, got "lots"',
    ]);
  });

  it("refuses an omission that names nothing shared, and an unknown venue key", () => {
    const bad = FLEET.replace("omit: [staff-night]", "omit: [staff-nite]").replace("lisbon: http://lisbon.example:8080", "lisbon:\n      urll: http://x");
    expect(errors(bad)).toEqual([
      "fleet.yaml:20:7: fleet.venues.lisbon.urll: unknown key (a venue's keys: url, omit, server, ownership, pricePlans, defaults, accounts, batches)",
      'fleet.yaml:23:14: fleet.venues.porto-airport.omit[0]: "staff-nite" is not a shared account\'s username or a shared batch\'s prefix',
    ]);
  });

  it("refuses fleet beside sites or top-level site keys", () => {
    expect(errors(`version: 1\naccounts: []\n${FLEET.slice("version: 1\n".length)}`)).toEqual([
      "fleet.yaml:2:1: accounts: use one of fleet, sites or the single-server keys at the top level of a file, not several",
    ]);
  });

  it("lets venues share a server when they own disjoint names", () => {
    const split = `version: 1
fleet:
  shared:
    server: { passphrase: pw }
  venues:
    lisbon:
      url: http://hotspot.example
      ownership: { prefixes: ["lis-"] }
      accounts: [{ username: lis-desk }]
    porto:
      url: http://HOTSPOT.example:82/
      ownership: { prefixes: ["por-"] }
      accounts: [{ username: por-desk }]
`;
    expect(parseConfig(split, "fleet.yaml").sites.map((s) => s.name)).toEqual(["lisbon", "porto"]);
    // One name in common is enough to refuse them.
    expect(errors(split.replace("por-desk", "lis-desk"))).toEqual([
      'fleet.yaml:11:12: fleet.venues.porto.url: sites "lisbon" and "porto" are the same server (http://hotspot.example) and both own account "lis-desk" (fleet.yaml:9:30 and fleet.yaml:13:30): each would delete the other\'s accounts. Give each its own server, or ownership prefixes and account names the other does not own.',
    ]);
  });
});
