import { describe, expect, it } from "vitest";
import { planGeneric } from "../src/framework/plan.js";
import type { Schema } from "../src/schema/schema.js";
import { unknown } from "../src/values/value.js";

const schema: Schema = {
  version: 0,
  description: "",
  attributes: {
    name: { type: "string", required: true, description: "", planModifiers: ["requiresReplace"] },
    note: { type: "string", optional: true, description: "" },
    id: { type: "string", computed: true, description: "", planModifiers: ["useStateForUnknown"] },
    derived: { type: "string", computed: true, description: "" },
    level: { type: "string", optional: true, computed: true, description: "" },
  },
};

describe("generic planning", () => {
  it("plans computed values the configuration leaves open as unknown on create", () => {
    const config = { name: "a", note: null, id: null, derived: null, level: null };
    const { planned, replace } = planGeneric(schema, null, config, config);
    expect(planned).toEqual({ name: "a", note: null, id: unknown, derived: unknown, level: unknown });
    expect(replace).toEqual([]);
  });

  it("keeps computed values when nothing configured changes", () => {
    const prior = { name: "a", note: "x", id: "1", derived: "d", level: "5" };
    const config = { name: "a", note: "x", id: null, derived: null, level: null };
    expect(planGeneric(schema, prior, { ...prior }, config).planned).toEqual(prior);
  });

  it("on an update, unknowns computed values except those kept by useStateForUnknown or configured", () => {
    const prior = { name: "a", note: "x", id: "1", derived: "d", level: "5" };
    const config = { name: "a", note: "y", id: null, derived: null, level: "7" };
    const { planned } = planGeneric(schema, prior, { ...prior, note: "y", level: "7" }, config);
    expect(planned).toEqual({ name: "a", note: "y", id: "1", derived: unknown, level: "7" });
  });

  it("asks for replacement when a requiresReplace attribute changes", () => {
    const prior = { name: "a", note: null, id: "1", derived: "d", level: "5" };
    const config = { name: "b", note: null, id: null, derived: null, level: null };
    expect(planGeneric(schema, prior, { ...prior, name: "b" }, config).replace).toEqual(["name"]);
  });
});
