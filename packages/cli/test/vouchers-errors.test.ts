// What `hotspot vouchers print` refuses, and that it refuses before anything is written (and,
// for what the command line alone shows wrong, before the server is asked); and --from, which
// prints the codes of `terraform output -json` without a server.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { emulatorSuite } from "./harness.js";
import { LOGIN_URL, TICKETS, appliedCheckout } from "./vouchers-fixture.js";

const PASSPHRASE = "Vouchers-Errors-Pass-5b17";
const suite = emulatorSuite(PASSPHRASE);
const work = appliedCheckout(suite, { tickets: 3, vip: 1, prepaid: 1 });
const run = (args: string[]) => suite.run(work.dir, args);
const print = (...args: string[]) => run(["vouchers", "print", ...args]);

/** The checkout holds nothing but what the test put there: no card file, no temp file. */
function nothingWritten(): void {
  expect(readdirSync(work.dir).filter((f) => !["hotspot.yaml", ".hotspot", "tf.json"].includes(f))).toEqual([]);
}

describe("vouchers print refuses", { timeout: 120_000 }, () => {
  it.each([
    [["--batch", TICKETS, "--out", "cards.docx"], /--out cards\.docx: unknown extension \.docx; the extension picks the format: \.pdf, \.html or \.csv/],
    [["--batch", TICKETS, "--out", "cards"], /--out cards: no extension/],
    [["--out", "cards.pdf"], /name the batch with --batch PREFIX/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--login-url", "http://portal/{user}"], /--login-url: unknown placeholder \{user\}/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--login-url", "javascript:alert({username})"], /--login-url: a login page is http\(s\), not javascript:/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--per-page", "0"], /--per-page: 0 is not a number of cards from 1 to 40/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--per-page", "ten"], /--per-page.*not a whole number/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--paper", "a3"], /--paper.*a3.*(a4|Allowed choices)/],
    [["--batch", TICKETS, "--out", "cards.pdf", "--logo", "hotspot.yaml"], /--logo hotspot\.yaml: neither a PNG, a JPEG nor an SVG image/],
    [["--batch", TICKETS, "--out", "missing/cards.pdf"], /--out missing\/cards\.pdf: the folder .*missing does not exist/],
  ])("%j before reading the server or writing a file", async (args, message) => {
    const seq = await suite.emu.lastSeq();
    const r = await print(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe("");
    expect(await suite.emu.log(seq)).toEqual([]);
    nothingWritten();
  });

  it("a batch the configuration does not declare, naming the ones it does", async () => {
    const r = await print("--batch", "vc-nope-", "--out", "cards.pdf");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no batch with prefix "vc-nope-" in the configuration (batches: vc-pre-, vc-tix-, vc-vip-)');
    nothingWritten();
  });

  it("a declared batch without members on the server", async () => {
    const yaml = readFileSync(join(work.dir, "hotspot.yaml"), "utf8");
    writeFileSync(join(work.dir, "hotspot.yaml"), `${yaml}  - { prefix: vc-new-, count: 2, plan: day }\n`);
    try {
      const r = await print("--batch", "vc-new-", "--out", "cards.pdf");
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('batch "vc-new-" has no members on the server (apply the configuration first)');
      nothingWritten();
    } finally {
      writeFileSync(join(work.dir, "hotspot.yaml"), yaml);
    }
  });

  it("--from prints the codes of `terraform output -json` without a server, and refuses what is not one", async () => {
    const output = {
      devconf_vouchers: { sensitive: true, type: ["list", "string"], value: ["CONF-10", "CONF-2", "CONF-1"] },
      speaker_logins: { sensitive: true, type: ["map", "string"], value: { "spk-1": "pw-1", "spk-2": "pw,2" } },
      splash_bucket: { sensitive: false, type: "string", value: "devconf-splash" },
    };
    writeFileSync(join(work.dir, "tf.json"), JSON.stringify(output));
    // No server named: --from needs none.
    const env = { HOTSPOT_URL: undefined, HOTSPOT_PASSPHRASE: undefined };
    const both = await suite.run(work.dir, ["vouchers", "print", "--from", "tf.json", "--out", "cards.csv"], env);
    expect(both.code).toBe(1);
    expect(both.stderr).toContain("several outputs hold voucher codes (devconf_vouchers, speaker_logins): choose with --batch PREFIX");
    nothingWritten();

    const r = await suite.run(work.dir, ["vouchers", "print", "--from", "tf.json", "--batch", "CONF-", "--out", "conf.csv"], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Wrote 3 voucher cards to conf.csv");
    expect(readFileSync(join(work.dir, "conf.csv"), "utf8").split("\r\n").map((l) => l.split(",")[0])).toEqual(["username", "CONF-1", "CONF-2", "CONF-10", ""]);

    const spk = await suite.run(work.dir, ["vouchers", "print", "--from", "tf.json", "--batch", "spk-", "--out", "spk.csv", "--login-url", LOGIN_URL], env);
    expect(spk.code, spk.stderr).toBe(0);
    expect(statSync(join(work.dir, "spk.csv")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(work.dir, "spk.csv"), "utf8")).toContain('spk-2,"pw,2",,,,,http://portal.example/login?u=spk-2&p=pw%2C2\r\n');

    writeFileSync(join(work.dir, "tf.json"), '{"splash_bucket": {"sensitive": false, "type": "string", "value": "x"}}');
    const none = await suite.run(work.dir, ["vouchers", "print", "--from", "tf.json", "--out", "none.pdf"], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("--from tf.json: no output holds voucher codes");
    expect(existsSync(join(work.dir, "none.pdf"))).toBe(false);

    const unused = await suite.run(work.dir, ["vouchers", "print", "--from", "tf.json", "--unused", "--out", "none.pdf"], env);
    expect(unused.stderr).toContain("--unused needs the server");
  });
});
