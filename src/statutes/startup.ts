import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { fullYearsBetween } from "../time/full-years.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOfVersion, type Versioned } from "../time/versioned.js";

/**
 * The start-up stage of a firm by years since founding: `"pre-startup"` (예비창업자, not founded yet),
 * `"early"` (초기창업기업, under 3 years), `"leap"` (도약기, 3 to under 7 years) or `"established"`
 * (7 years or more: no longer a 창업기업), as {@link startupStage} returns it.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { StartupStage } from "technopark";
 * const target: readonly StartupStage[] = ["pre-startup", "early"];
 * ```
 */
export type StartupStage = "pre-startup" | "early" | "leap" | "established";

/** Year bands of one version of 중소기업창업 지원법 제2조. */
type StageBands = {
  /** Full years below which a firm is an 초기창업기업 ("3년이 지나지 아니한"). */
  readonly earlyBelow: number;
  /** Full years below which a firm is a 창업기업 ("7년이 지나지 아니한"). */
  readonly startupBelow: number;
};

/**
 * 중소기업창업 지원법 제2조: 창업자/창업기업 within 7 years of starting business, 초기창업자/초기창업기업 within
 * 3 years. Read from the text as amended 2016-05-29 (제2조 제2호·제2호의3, which added 초기창업자; its exact
 * date of entry into force is unconfirmed) and kept by the 2021 전부개정 (제2조 제3호 창업기업).
 */
/** @internal */
export const stageBands: readonly Versioned<StageBands & { readonly source: string }>[] = /* @__PURE__ */ Object.freeze([
  {
    validFrom: "2016-05-29",
    value: {
      earlyBelow: 3,
      startupBelow: 7,
      source: "https://front.taxnet.co.kr/law/law-link?implDt=2020-02-21&lawId=001472 (제2조, 개정 2016.5.29); https://legalengine.co.kr/laws/중소기업창업-지원법",
    },
  },
]);

/**
 * The youth age limit of 청년창업: representative aged 39 or under (만 39세 이하), as domain-facts §4 reads
 * 중소기업창업 지원법 제2조 and as the start-up programmes apply it (e.g. the youth start-up fund: 대표자 만 39세 이하).
 * Read from 2016-05-29, like the stage bands; the exact wording and date of the statutory text were not
 * verified, hence `confidence: "unconfirmed"`.
 */
/** @internal */
export const youthAgeLimits: readonly Versioned<{ readonly maxAge: number; readonly confidence?: "unconfirmed" }>[] = /* @__PURE__ */ Object.freeze([
  { validFrom: "2016-05-29", value: { maxAge: 39, confidence: "unconfirmed" } },
]);

function noTable(what: string, first: string, day: string): ValidationError {
  const expected = `a date on or after ${first}: no ${what} (중소기업창업 지원법 제2조) is encoded for ${day}`;
  return new ValidationError(`asOf: expected ${expected}, received ${describeValue(day)}`, {
    path: ["asOf"],
    issues: [{ path: ["asOf"], expected, received: describeValue(day), message: "no table in force" }],
  });
}

/**
 * The start-up stage of a firm on a date under 중소기업창업 지원법 제2조, with y the full years since founding
 * (an anniversary counts as reached on its day): no founding date → `"pre-startup"` (예비창업자); y < 3 →
 * `"early"` (초기창업기업, "3년이 지나지 아니한"); 3 ≤ y < 7 → `"leap"` (도약기, the programme term for
 * more than 3 and up to 7 years); y ≥ 7 → `"established"` (7 years have passed: no longer a 창업기업).
 * Use it to match a programme's target stage. A founding date after `asOf`, an invalid date, or an `asOf`
 * before 2016-05-29 (the first encoded version) throws `VALIDATION`. The 10-year span for new-industry
 * start-ups (신산업창업) is not applied.
 *
 * @param foundedOn - the day business started (사업개시일), or `undefined` for someone about to start
 * @param options - `asOf`: the date to judge at
 * @category Statutes
 * @example
 * ```ts
 * import { startupStage } from "technopark";
 * startupStage(undefined, { asOf: "2024-06-23" }); // "pre-startup"
 * startupStage("2022-06-24", { asOf: "2024-06-23" }); // "early" (1 full year)
 * startupStage("2021-06-23", { asOf: "2024-06-23" }); // "leap" (3rd anniversary reached)
 * startupStage("2016-03-02", { asOf: "2024-06-23" }); // "established" (8 full years)
 * ```
 */
export function startupStage(foundedOn: DateLike | undefined, options: { readonly asOf: DateLike }): StartupStage {
  const day = toIsoDate((options as Partial<typeof options> | undefined)?.asOf as DateLike, ["options", "asOf"]);
  const founded = foundedOn === undefined ? undefined : toIsoDate(foundedOn, ["foundedOn"]);
  const version = asOfVersion(stageBands, day);
  if (version === undefined) throw noTable("start-up stage table", stageBands[0]!.validFrom, day);
  if (founded === undefined) return "pre-startup";
  if (founded > day) {
    const expected = `a founding date on or before asOf ${day}`;
    throw new ValidationError(`foundedOn: expected ${expected}, received ${describeValue(founded)}`, {
      path: ["foundedOn"],
      issues: [{ path: ["foundedOn"], expected, received: describeValue(founded), message: "founded after asOf" }],
    });
  }
  const years = fullYearsBetween(founded, day);
  const { earlyBelow, startupBelow } = version.value;
  if (years < earlyBelow) return "early";
  if (years < startupBelow) return "leap";
  return "established";
}

/**
 * Whether a founder counts as young (청년) for 청년창업 under 중소기업창업 지원법 제2조: age in full years
 * (만 나이) on `asOf` of 39 or less, so a founder is young up to the day before the 40th birthday. Use it for
 * programmes reserved for youth start-ups. A birth date after `asOf`, an invalid date or an `asOf` before
 * 2016-05-29 throws `VALIDATION`.
 *
 * @param birthDate - the representative's date of birth
 * @param options - `asOf`: the date to judge at
 * @category Statutes
 * @example
 * ```ts
 * import { isYouthFounder } from "technopark";
 * isYouthFounder("1985-03-15", { asOf: "2025-03-14" }); // true (39)
 * isYouthFounder("1985-03-15", { asOf: "2025-03-15" }); // false (40)
 * ```
 */
export function isYouthFounder(birthDate: DateLike, options: { readonly asOf: DateLike }): boolean {
  const day = toIsoDate((options as Partial<typeof options> | undefined)?.asOf as DateLike, ["options", "asOf"]);
  const born = toIsoDate(birthDate, ["birthDate"]);
  const version = asOfVersion(youthAgeLimits, day);
  if (version === undefined) throw noTable("youth age limit", youthAgeLimits[0]!.validFrom, day);
  if (born > day) {
    const expected = `a birth date on or before asOf ${day}`;
    throw new ValidationError(`birthDate: expected ${expected}, received ${describeValue(born)}`, {
      path: ["birthDate"],
      issues: [{ path: ["birthDate"], expected, received: describeValue(born), message: "born after asOf" }],
    });
  }
  return fullYearsBetween(born, day) <= version.value.maxAge;
}
