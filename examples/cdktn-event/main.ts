// Event Wi-Fi on CDK Terrain (cdktn), the community fork of CDKTF: the conference's
// HotSpot vouchers and staff accounts as one stack. The constructs are the ones the
// CDKTF package ships, built for cdktn; moving an app over changes its imports only.
//
//   pnpm --filter @hotspot-iac/example-cdktn-event synth      (writes cdktf.out/, offline)
//   cd cdktf.out/stacks/event-wifi && terraform init && terraform apply
//
// The HotSpot provider reads HOTSPOT_URL and HOTSPOT_PASSPHRASE; the staff password
// comes from TF_VAR_staff_password, so cdk.tf.json holds no secret.
import { EventWifi, HotspotProvider } from "@hotspot-iac/cdktn-provider";
import { App, LocalBackend, TerraformStack, TerraformVariable } from "cdktn";

// Terraform >= 1.11: the staff passwords go into write-only attributes, never into state.
// (cdktn also reads "targetVersions" from cdktf.json when its CLI runs the app.)
const app = new App({ context: { targetVersions: { terraform: ">=1.11" } } });
const wifi = new TerraformStack(app, "event-wifi");
// State beside cdktf.out (paths are relative to cdktf.out/stacks/<stack>): cleaning the output keeps it.
new LocalBackend(wifi, { path: "../../../event-wifi.tfstate" });
new HotspotProvider(wifi, "hotspot");

const staffPassword = new TerraformVariable(wifi, "staff_password", {
  type: "string",
  sensitive: true,
  description: "Password of the staff accounts (TF_VAR_staff_password)",
});

// 250 expected attendees and a 10 % margin: 275 ticket vouchers on the "1 Day" plan,
// expiring with the staff accounts when the event ends (server wall-clock time).
new EventWifi(wifi, "devconf", {
  name: "DevConf 2027",
  // EVENT_START / EVENT_END, when set, replace the dates: a date already past is refused at plan
  // time (expired on arrival), and the repository's tests apply this app on any day.
  start: process.env["EVENT_START"] ?? "2027-03-18T08:00",
  end: process.env["EVENT_END"] ?? "2027-03-19T20:00",
  expectedAttendees: 250,
  marginPercent: 10,
  // The price plan by its name on the server, as the YAML's pricePlans name it (`plan = "1 Day"`).
  plan: "1 Day",
  staff: ["staff-alice", "staff-bob"].map((username) => ({ username, password: staffPassword.stringValue })),
});

app.synth();
