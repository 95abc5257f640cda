import { SEOUL_TIME_ZONE } from "../time/index.js";

const FORMAT = new Intl.DateTimeFormat("en-CA", { timeZone: SEOUL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar date (`YYYY-MM-DD`) of an instant in Asia/Seoul, e.g. for the CLI's default `--as-of`.
 * @internal
 */
export function seoulDate(instant: Date): string {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts["year"]}-${parts["month"]}-${parts["day"]}`;
}
