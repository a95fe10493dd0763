// Prints a batch's vouchers after `terraform apply`, from the stack's outputs, with the same
// function `hotspot vouchers print --from` runs:
//
//   terraform output -json > outputs.json        (in cdktf.out/stacks/event-wifi)
//   npx tsx print-vouchers.ts outputs.json vouchers.pdf [PREFIX]
//
// PREFIX picks the batch when the outputs hold several (`DEVCONF2027-`, or a YAML batch's prefix
// from HotspotAccounts.fromYaml); with one batch it can be left out. The file holds the codes in
// clear: it is written with mode 0600; delete it once printed.
import { printVouchers } from "@hotspot-iac/vouchers";

const [outputs, out = "vouchers.pdf", batch] = process.argv.slice(2);
if (!outputs) {
  process.stderr.write("usage: print-vouchers OUTPUTS.json [OUT.pdf|.html|.csv] [PREFIX]\n");
  process.exit(2);
}
const printed = await printVouchers({
  source: { terraformOutput: outputs, ...(batch ? { batch } : {}) },
  out,
  title: process.env.EVENT_TITLE ?? "DevConf 2027",
  ssid: process.env.EVENT_SSID ?? "DevConf",
  loginUrl: process.env.EVENT_LOGIN_URL ?? "http://login.devconf.example/login?username={username}",
});
process.stderr.write(`Wrote ${printed.cards} vouchers on ${printed.pages} sheets to ${printed.path}\n`);
