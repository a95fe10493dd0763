// Event Wi-Fi as infrastructure code: the conference's HotSpot vouchers and staff
// accounts in one stack, the captive portal's splash-page bucket on AWS in another.
//
//   pnpm --filter @hotspot-iac/example-cdktf-event synth      (writes cdktf.out/, offline)
//   cd cdktf.out/stacks/event-wifi && terraform init && terraform apply
//
// The HotSpot provider reads HOTSPOT_URL and HOTSPOT_PASSPHRASE; the staff password
// comes from TF_VAR_staff_password. Two stacks, so the Wi-Fi can be applied on its
// own (at the venue, without cloud credentials).
import { EventWifi, HotspotProvider } from "@hotspot-iac/cdktf-provider";
import { App, LocalBackend, TerraformOutput, TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";

const EVENT = {
  name: "DevConf 2027",
  // EVENT_START / EVENT_END, when set, replace the dates: a date already past is refused at plan
  // time (expired on arrival), and the repository's tests apply this app on any day.
  start: process.env["EVENT_START"] ?? "2027-03-18T08:00",
  end: process.env["EVENT_END"] ?? "2027-03-19T20:00",
  expectedAttendees: 250,
};

class EventWifiStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // State beside cdktf.out (paths are relative to cdktf.out/stacks/<stack>): cleaning the output keeps it.
    new LocalBackend(this, { path: "../../../event-wifi.tfstate" });
    new HotspotProvider(this, "hotspot");
    const staffPassword = new TerraformVariable(this, "staff_password", {
      type: "string",
      sensitive: true,
      description: "Password of the staff accounts (TF_VAR_staff_password)",
    });
    new EventWifi(this, "devconf", {
      ...EVENT,
      // The price plan by its name on the server, as the YAML's pricePlans name it (`plan = "1 Day"`).
      plan: "1 Day",
      marginPercent: 10,
      staff: ["staff-alice", "staff-bob"].map((username) => ({ username, password: staffPassword.stringValue })),
    });
  }
}

// Another provider beside ours, declared without generated bindings: plain blocks
// that synthesize to the same JSON the AWS bindings would.
class EventSiteStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new LocalBackend(this, { path: "../../../event-site.tfstate" });
    this.addOverride("terraform.required_providers.aws", { source: "hashicorp/aws", version: "~> 5.0" });
    this.addOverride("provider.aws", [{ region: "eu-central-1" }]);
    const splash = new TerraformResource(this, "splash", { terraformResourceType: "aws_s3_bucket" });
    splash.addOverride("bucket_prefix", "devconf-2027-splash-");
    splash.addOverride("tags", { event: EVENT.name });
    new TerraformOutput(this, "splash_bucket", { value: splash.getStringAttribute("bucket") });
  }
}

// Terraform >= 1.11: the staff passwords go into write-only attributes, never into state.
// (cdktn also reads "targetVersions" from cdktf.json when its CLI runs the app.)
const app = new App({ context: { targetVersions: { terraform: ">=1.11" } } });
new EventWifiStack(app, "event-wifi");
new EventSiteStack(app, "event-site");
app.synth();
