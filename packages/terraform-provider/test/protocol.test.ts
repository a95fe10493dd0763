// The plugin protocol layer, proven with the real terraform binary: offline
// init from the filesystem mirror, the schema terraform reads from the
// running provider, and diagnostics that point at an attribute.
import { afterAll, beforeAll, expect, it } from "vitest";
import { PROVIDER_VERSION } from "../scripts/sea.js";
import { providerSchemaJson } from "../src/schema-json.js";
import { describeWithTerraform, REQUIRED_PROVIDERS, TerraformWorkdir } from "./support/terraform.js";

describeWithTerraform("plugin protocol with real terraform", () => {
  let tf: TerraformWorkdir;
  beforeAll(() => {
    tf = new TerraformWorkdir();
    tf.write("main.tf", `${REQUIRED_PROVIDERS}\nprovider "hotspot" {\n  url = "http://127.0.0.1:9"\n}\n`);
  });
  afterAll(() => tf.remove());

  it("installs offline from the filesystem mirror", async () => {
    const res = await tf.ok(["init", "-input=false"]);
    // The mirror holds the package version's build.
    expect(res.stdout).toContain(`Installing hotspot-iac/hotspot v${PROVIDER_VERSION}`);
    expect(res.stdout).toMatch(/Terraform has been successfully initialized/);
  });

  it("serves the same schema that the schema JSON file is rendered from", async () => {
    const res = await tf.ok(["providers", "schema", "-json"]);
    expect(JSON.parse(res.stdout)).toEqual(providerSchemaJson());
  });

  it("reports a bad provider setting as a diagnostic on that attribute, with no stack trace", async () => {
    tf.write(
      "main.tf",
      `${REQUIRED_PROVIDERS}\nprovider "hotspot" {\n  url = "hotspot.example"\n  concurrency = 0\n}\ndata "hotspot_price_plans" "all" {}\n`,
    );
    const res = await tf.run(["plan", "-input=false"], { HOTSPOT_PASSPHRASE: "s3cret" });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Error: Invalid url/);
    expect(res.stderr).toMatch(/with provider\["registry.terraform.io\/hotspot-iac\/hotspot"\]/);
    expect(res.stderr).toMatch(/url = "hotspot.example"/);
    expect(res.stderr).toMatch(/Error: Invalid concurrency/);
    expect(res.stderr).not.toMatch(/\s+at .+\.(js|ts):\d+/);
  });
});
