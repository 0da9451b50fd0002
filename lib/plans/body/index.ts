// Public surface of the plan-body parser.
export { parsePlanBody, type ParseBodyOptions } from "./parse";
export { directoryLookup } from "./assignees";
export type { BodyDuty, BodyParse, BodySection, BodySource, BodyWarning, NameLookup } from "./types";
