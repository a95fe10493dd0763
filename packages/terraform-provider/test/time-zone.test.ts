// The provider's `time_zone` (the YAML's server.timeZone): terraform run in another zone than the
// server reads "now" on the server's wall clock. terraform (and the provider it launches) run with
// TZ=Pacific/Kiritimati, UTC+14; the emulator's server keeps UTC.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PASSPHRASE, startTestServer, type TestServer } from "./support/emulator.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

/** `YYYY-MM-DDTHH:MM` of UTC now plus `hours`: the UTC server's wall clock then. */
const utcWallClock = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString().slice(0, 16);

describeWithTerraform("provider time_zone", () => {
  let server: TestServer;
  let tf: TerraformWorkdir;
  const expires = utcWallClock(2);
  const config = (zone: string) => `${REQUIRED_PROVIDERS}
provider "hotspot" {
  url = "${server.emulator.url}"
${zone}}
resource "hotspot_voucher_batch" "b" {
  prefix       = "tz-"
  member_count = 2
  plan_id      = 1
  expires      = "${expires}"
}
`;

  beforeAll(async () => {
    server = await startTestServer();
    tf = new TerraformWorkdir({ HOTSPOT_PASSPHRASE: PASSPHRASE, TZ: "Pacific/Kiritimati" });
  });
  afterAll(async () => {
    tf?.remove();
    await server?.stop();
  });

  it("an expiry two hours ahead on a UTC server: expired on the machine's clock, created with time_zone = \"UTC\"", async () => {
    tf.write("main.tf", config(""));
    await tf.ok(["init", "-input=false"]);
    const judgedLocally = await tf.run(["plan", "-input=false"]);
    expect(judgedLocally.code).toBe(1);
    expect(judgedLocally.stderr).toMatch(/Error: Expired on arrival/);

    tf.write("main.tf", config('  time_zone = "UTC"\n'));
    await tf.ok(["apply", "-auto-approve", "-input=false"]);
    const members = server.emulator.state.accounts().filter((a) => a.username.startsWith("tz-"));
    expect(members).toHaveLength(2);
    const [day, time] = expires.split("T");
    const [y, mo, d] = day!.split("-").map(Number);
    const [h, mi] = time!.split(":").map(Number);
    for (const m of members) expect(m).toMatchObject({ enableExpire: true, expire: Date.UTC(y!, mo! - 1, d!, h!, mi!) });
    expect((await tf.run(["plan", "-detailed-exitcode", "-input=false"])).code).toBe(0);
  });

  it("an unknown zone is an error at the attribute, before anything is sent", async () => {
    tf.write("main.tf", config('  time_zone = "Europe/Atlantis"\n'));
    const mark = server.lastSeq();
    const plan = await tf.run(["plan", "-input=false"]);
    expect(plan.code).toBe(1);
    expect(plan.stderr).toMatch(/Error: Invalid time_zone[\s\S]*time_zone = "Europe\/Atlantis"[\s\S]*expected an IANA\s+name/);
    expect(server.commandsSince(mark)).toEqual([]);
  });
});
