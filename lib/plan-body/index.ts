// Public surface of the plan-body parser.

export { directoryLookup } from "./assignees";
export { BODY_DRAFT_VERSION, type ParseBodyOptions, parsePlanBody, readPlanBody, resolveBody } from "./parse";
export type { BodyDraft, BodyDuty, BodyParse, BodySection, BodySource, BodyWarning, NameLookup } from "./types";
