import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Each file builds what it installs once (beforeAll), then installs it with npm.
    testTimeout: 120_000,
    hookTimeout: 400_000,
  },
});
