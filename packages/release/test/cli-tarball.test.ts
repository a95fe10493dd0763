// The released CLI as a user installs it: `npm install -g --prefix` of hotspot-iac-<version>.tgz
// in an empty folder, then `hotspot emulator` from that install and the main job (validate,
// plan, apply, plan) in a folder holding only hotspot.yaml, with node and npm only on PATH; then
// the batch's voucher cards, whose fonts the bundle carries.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { release, releaseVersion } from "../scripts/release.js";
import { ok, run, startServer, tempDir, userEnv, userPath } from "./support.js";

const PASSPHRASE = "cli-release-passphrase-5T";

const CONFIG = `version: 1
ownership:
  prefixes: ["rel-"]
pricePlans:
  day: { description: "1 Day" }
accounts:
  - username: rel-alice
    password: \${env:ALICE_PASSWORD}
    plan: day
    timeLeft: 2h
batches:
  - prefix: rel-guest-
    count: 3
    plan: day
    type: ticket
`;

describe("the released CLI tarball", () => {
  const tmp = tempDir("hotspot-release-cli-");
  const prefix = join(tmp.dir, "prefix");
  const work = join(tmp.dir, "work");
  let tarball: string;
  let emulator: Awaited<ReturnType<typeof startServer>>;
  const env = () =>
    userEnv({ PATH: userPath(join(prefix, "bin")), HOME: tmp.dir, HOTSPOT_URL: emulator.url, HOTSPOT_PASSPHRASE: PASSPHRASE, ALICE_PASSWORD: "alice-pw-41" });
  const hotspot = (args: string[]) => run(join(prefix, "bin", "hotspot"), args, { cwd: work, env: env() });

  beforeAll(async () => {
    tarball = (await release(join(tmp.dir, "release"), ["cli"]))[0]!;
    // An empty folder, as on a user's machine: nothing of the repository around it.
    const empty = join(tmp.dir, "empty");
    await ok("mkdir", ["-p", empty, work], { cwd: tmp.dir, env: userEnv() });
    await ok("npm", ["install", "-g", "--prefix", prefix, "--no-audit", "--no-fund", tarball], {
      cwd: empty,
      env: userEnv({ PATH: userPath(), HOME: tmp.dir }),
    });
    emulator = await startServer(join(prefix, "bin", "hotspot"), ["emulator", "--port", "0", "--passphrase", PASSPHRASE, "--quiet"], {
      cwd: work,
      env: userEnv({ PATH: userPath(join(prefix, "bin")), HOME: tmp.dir }),
    });
  });
  afterAll(async () => {
    await emulator?.stop();
    tmp.remove();
  });

  it("is hotspot-iac-<version>.tgz: one bundled file, a hotspot bin, no dependencies", () => {
    const version = releaseVersion();
    expect(tarball).toBe(join(tmp.dir, "release", `hotspot-iac-${version}.tgz`));
    const installed = join(prefix, "lib", "node_modules", "hotspot-iac");
    const manifest = JSON.parse(readFileSync(join(installed, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: "hotspot-iac", version, bin: { hotspot: "hotspot.mjs" } });
    expect(manifest.dependencies).toBeUndefined();
    expect(readdirSync(installed).sort()).toEqual(["LICENSE", "README.md", "hotspot.mjs", "package.json"]);
  });

  it("prints its version", async () => {
    const res = await hotspot(["--version"]);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toBe(releaseVersion());
  });

  it("validates, plans (exit 2), applies and plans again (exit 0) against its own emulator", async () => {
    writeFileSync(join(work, "hotspot.yaml"), CONFIG);
    const validate = await hotspot(["validate"]);
    expect(validate.stderr).toBe("");
    expect(validate.code).toBe(0);

    const plan = await hotspot(["plan", "--detailed-exitcode", "--url", emulator.url]);
    expect(plan.code, plan.stderr).toBe(2);
    expect(plan.stdout).toMatch(/\+ .*rel-alice/);
    expect(plan.stdout).toContain("rel-guest-");

    const apply = await hotspot(["apply", "--auto-approve", "--url", emulator.url]);
    expect(apply.code, apply.stderr).toBe(0);
    const view = await fetch(`${emulator.url}/viewaccount?${new URLSearchParams({ account: "rel-alice", pass: PASSPHRASE })}`);
    expect(await view.text()).toContain("alice-pw-41");

    const again = await hotspot(["plan", "--detailed-exitcode", "--url", emulator.url]);
    expect(again.code, again.stdout + again.stderr).toBe(0);
    for (const out of [plan, apply, again].flatMap((r) => [r.stdout, r.stderr])) {
      expect(out).not.toContain("alice-pw-41");
      expect(out).not.toContain(PASSPHRASE);
    }
  });

  it("prints the batch's voucher cards as PDF and HTML (fonts inside the bundle)", async () => {
    for (const out of ["cards.pdf", "cards.html"]) {
      const res = await hotspot(["vouchers", "print", "--batch", "rel-guest-", "--out", out, "--ssid", "Rel", "--url", emulator.url]);
      expect(res.code, res.stderr).toBe(0);
      expect(res.stdout).toBe("");
      expect(res.stderr).toContain(`Wrote 3 voucher cards on 1 sheet to ${out}`);
      expect(statSync(join(work, out)).mode & 0o777).toBe(0o600);
    }
    const pdf = readFileSync(join(work, "cards.pdf"), "latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/FontFile2 /);
    expect(readFileSync(join(work, "cards.html"), "utf8")).toContain("font/ttf;base64,AAEAAA");
  });
});
