// Public surface of the plan-body parser.
export { BODY_DRAFT_VERSION, parsePlanBody, readPlanBody, resolveBody, type ParseBodyOptions } from "./parse";
export { directoryLookup } from "./assignees";
export type { BodyDraft, BodyDuty, BodyParse, BodySection, BodySource, BodyWarning, NameLookup } from "./types";
