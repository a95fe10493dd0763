// This package's constructs are cdktf-provider's sources built against cdktn: with the
// same input they must synthesize the JSON the cdktf flavour's reviewed golden files hold
// (cdktn prints it with other whitespace), and be cdktn constructs (not cdktf ones carried along).
import { readFileSync } from "node:fs";
import * as cdktn from "cdktn";
import { describe, expect, it } from "vitest";
import { synthWith } from "../../cdktf-provider/test/support/synth-with.js";
import { EventWifi, HotspotAccounts, HotspotProvider } from "../src/index.js";

const CDKTF_TEST = new URL("../../cdktf-provider/test/", import.meta.url).pathname;
const golden = (name: string): unknown => JSON.parse(readFileSync(`${CDKTF_TEST}golden/${name}`, "utf8"));
const ENV = {
  HOTSPOT_PASSPHRASE: "pass-Zq81-phrase",
  ALICE_PASSWORD: "alice-Kx93-secret",
  CAROL_CARD_NAME: "Carol Card-Wv27",
  CAROL_CARD_NUMBER: "4111-Jm55-1111",
};

describe("the cdktn flavour", () => {
  it("synthesizes HotspotAccounts.fromYaml as the cdktf flavour's golden file", async () => {
    const { json } = await synthWith(cdktn, async (stack) => {
      await HotspotAccounts.fromYaml(stack, "conference", `${CDKTF_TEST}fixtures/conference`, { env: ENV });
    });
    expect(json).toEqual(golden("hotspot-accounts.json"));
  });

  it("builds its constructs and bindings on cdktn", async () => {
    const { json } = await synthWith(cdktn, (stack) => {
      const provider = new HotspotProvider(stack, "hotspot");
      const wifi = new EventWifi(stack, "gala", { name: "Gala", start: "2026-12-31T19:00", end: "2027-01-01T02:30", expectedAttendees: 10, plan: 1 });
      expect(provider).toBeInstanceOf(cdktn.TerraformProvider);
      expect(wifi.vouchers).toBeInstanceOf(cdktn.TerraformResource);
      expect(wifi.voucherOutput).toBeInstanceOf(cdktn.TerraformOutput);
    });
    expect(Object.values(json.resource?.["hotspot_voucher_batch"] ?? {})).toEqual([
      { prefix: "GALA-", member_count: 11, plan_id: 1, type: "ticket", expires: "2027-01-01T02:30" },
    ]);
  });

  it("passes cdktn's own check of write-only attributes against the declared Terraform", async () => {
    const { json } = await synthWith(cdktn, (stack) => {
      new HotspotProvider(stack, "hotspot");
      new EventWifi(stack, "gala", { name: "Gala", start: "2026-12-31T19:00", end: "2027-01-01T02:30", expectedAttendees: 10, plan: 1, staff: [{ username: "s-1", password: "x" }] });
    });
    expect(Object.values(json.resource?.["hotspot_account"] ?? {})[0]).toMatchObject({ password_wo: "x", password_wo_version: 1 });
  });
});
