import { isHotSpotError } from "@hotspot-iac/core";

/** An error as the outcome of a change says it. */
export const errorMessage = (err: unknown): string => (isHotSpotError(err) || err instanceof Error ? err.message : String(err));
