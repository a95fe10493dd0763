import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Terraform tests run several terraform commands each; generous for loaded CI machines.
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
