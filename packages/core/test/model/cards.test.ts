// `cards:` (how voucher cards are printed), per site and per batch: loaded with the logo's path
// made relative to its YAML file, refused with file:line:col messages, written back by toYaml.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LoadError, loadConfig, parseConfig, toYaml } from "../../src/model/index.js";
import { comparable, tempTree } from "./helpers.js";

const BASE = ["version: 1", "ownership:", '  prefixes: ["G-"]', "pricePlans:", '  day: { description: "1 Day" }'];

function errorsOf(lines: string[]): string[] {
  try {
    parseConfig([...BASE, ...lines].join("\n"), "hotel.yaml");
  } catch (e) {
    if (e instanceof LoadError) return e.diagnostics.map((d) => `${d.file}:${d.line}:${d.col}: ${d.path}: ${d.message}`);
    throw e;
  }
  return [];
}

describe("cards:", () => {
  it("per site and per batch, the logo's path relative to the YAML file that names it", async () => {
    const { dir, cleanup } = tempTree({
      "conf/hotel.yaml": [
        ...BASE,
        "cards:",
        '  title: "Hotel Miramar — Guest Wi-Fi"',
        "  network: Miramar Guest",
        "  loginUrl: http://login.miramar/login?username={username}",
        "  language: de",
        "  logo: art/logo.svg",
        "  instructions: { browse: Browser öffnen }",
        "  labels: { code: Zugangscode }",
        "batches:",
        "  - { prefix: G-, count: 2, plan: day, cards: { paper: letter, perPage: 8, title: Pool } }",
      ].join("\n"),
    });
    try {
      const config = await loadConfig([join(dir, "conf")]);
      const site = config.sites[0]!;
      expect(site.cards).toEqual({
        title: "Hotel Miramar — Guest Wi-Fi",
        network: "Miramar Guest",
        loginUrl: "http://login.miramar/login?username={username}",
        language: "de",
        logo: join(dir, "conf/art/logo.svg"),
        instructions: { browse: "Browser öffnen" },
        labels: { code: "Zugangscode" },
      });
      expect(site.batches[0]!.cards).toEqual({ paper: "letter", perPage: 8, title: "Pool" });
      // Written back and read again: the same model.
      expect(comparable(parseConfig(toYaml(config), "again.yaml"))).toEqual(comparable(config));
    } finally {
      cleanup();
    }
  });

  it("refuses what it cannot print, at the line and column it was written", () => {
    expect(
      errorsOf([
        "cards:",
        "  language: nl",
        "  perPage: 50",
        "  loginUrl: http://portal/{user}",
        "  labels: { cod: x }",
        "batches:",
        "  - { prefix: G-, count: 1, plan: day, cards: { paper: a3, network: Hotel-Miramar-Guest-Wireless-Network } }",
      ]),
    ).toEqual([
      'hotel.yaml:7:13: cards.language: expected one of en, de, fr, es, it, got "nl"',
      "hotel.yaml:8:12: cards.perPage: expected a whole number ≤ 40, got 50",
      'hotel.yaml:9:13: cards.loginUrl: expected only the placeholders {username} and {password}, got "http://portal/{user}"',
      'hotel.yaml:10:13: cards.labels.cod: unknown key (did you mean "code"?)',
      'hotel.yaml:12:56: batches[0].cards.paper: expected one of a4, letter, got "a3"',
      'hotel.yaml:12:69: batches[0].cards.network: expected at most 32 characters (a Wi-Fi network\'s name), got "Hotel-Miramar-Guest-Wireless-Network"',
    ]);
  });
});
