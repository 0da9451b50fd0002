// Row ids for the rows written in plain SQL: cuid (v1), as Prisma's @default(cuid()) makes them. They grow with time
// within a process, and history, audit and notification lists break a tie on createdAt by id.
import cuid from "@bugsnag/cuid";

export const newId = (): string => cuid();
