// Prints the event's vouchers after `terraform apply`, from the stack's outputs, with the same
// function `hotspot vouchers print --from` runs:
//
//   terraform output -json > outputs.json        (in cdktf.out/stacks/event-wifi)
//   pnpm --filter @hotspot-iac/example-cdktf-event print-vouchers outputs.json vouchers.pdf
//
// The file holds the codes in clear: it is written with mode 0600; delete it once printed.
import { printVouchers } from "@hotspot-iac/vouchers";

const [outputs, out = "vouchers.pdf"] = process.argv.slice(2);
if (!outputs) {
  process.stderr.write("usage: print-vouchers OUTPUTS.json [OUT.pdf|.html|.csv]\n");
  process.exit(2);
}
const printed = await printVouchers({
  source: { terraformOutput: outputs, batch: "DEVCONF2027-" },
  out,
  title: "DevConf 2027",
  ssid: "DevConf",
  loginUrl: "http://login.devconf.example/login?username={username}",
});
process.stderr.write(`Wrote ${printed.cards} vouchers on ${printed.pages} sheets to ${printed.path}\n`);
