// The projection's three scenarios. Pure, so the dashboard's client panels can list them without decimal.js.
export const SCENARIOS = ["accepted", "submitted", "progress"] as const;
export type Scenario = (typeof SCENARIOS)[number];
