// Audit times use the house formats from lib/format.ts (dd/MM/yyyy HH:mm, Asia/Ho_Chi_Minh).
export { formatDateTime as formatInstant, formatInstantDate } from "@/lib/format";
