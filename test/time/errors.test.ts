// Every error the time functions throw, whole (issue 17): class, code, message, path and the structured issues
// (part of the public error: TechnoparkError.issues). Other tests check the message or the code; a mutant that
// changed an issue's expected/received text would otherwise go unnoticed.
import { describe, it } from "vitest";
import { expectWholeError, type Expected } from "../support/whole-error.js";
import {
  assertVersionHistory,
  asOf,
  asOfVersion,
  fiscalYearOf,
  fullYearsBetween,
  periodBounds,
  periodContains,
  periodGranularityOf,
  periodLastDay,
  periodOf,
  periodsBetween,
  shiftPeriod,
  toIsoDate,
} from "../../src/index.js";



const cases: [string, () => unknown, Expected][] = [
  ["toIsoDate bad", () => toIsoDate("2024-02-30", ["a", 1]), {"code": "VALIDATION", "message": "a[1]: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"2024-02-30\"", "path": ["a", 1], "issues": [{"path": ["a", 1], "expected": "YYYY-MM-DD date", "received": "\"2024-02-30\"", "message": "invalid date"}]}],
  ["fullYearsBetween bad", () => fullYearsBetween("2024-01-01", "x"), {"code": "VALIDATION", "message": "to: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["to"], "issues": [{"path": ["to"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["fiscalYearOf bad", () => fiscalYearOf("x"), {"code": "VALIDATION", "message": "on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["on"], "issues": [{"path": ["on"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["periodBounds bad", () => periodBounds("2024-Q5"), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received \"2024-Q5\"", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "\"2024-Q5\"", "message": "invalid period"}]}],
  ["periodOf bad granularity", () => periodOf("2024-01-01", "week" as never), {"code": "VALIDATION", "message": "granularity: expected one of \"year\", \"half\", \"quarter\", \"month\", received \"week\"", "path": ["granularity"], "issues": [{"path": ["granularity"], "expected": "year | half | quarter | month", "received": "\"week\"", "message": "invalid granularity"}]}],
  ["periodGranularityOf bad", () => periodGranularityOf("2024-H3"), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received \"2024-H3\"", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "\"2024-H3\"", "message": "invalid period"}]}],
  ["periodLastDay bad", () => periodLastDay("x"), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received \"x\"", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "\"x\"", "message": "invalid period"}]}],
  ["periodContains bad", () => periodContains("2024", "x"), {"code": "VALIDATION", "message": "on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["on"], "issues": [{"path": ["on"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["shiftPeriod steps 1.5", () => shiftPeriod("2024", 1.5), {"code": "VALIDATION", "message": "steps: expected a whole number, received 1.5", "path": ["steps"], "issues": [{"path": ["steps"], "expected": "integer", "received": "1.5", "message": "invalid steps"}]}],
  ["shiftPeriod out of range", () => shiftPeriod("9999-12", 1), {"code": "VALIDATION", "message": "steps: shifting 9999-12 by 1 leaves the years 0001–9999", "path": ["steps"], "issues": [{"path": ["steps"], "expected": "a shift that stays within years 0001–9999", "received": "1", "message": "out of range"}]}],
  ["shiftPeriod out of range low", () => shiftPeriod("0001-Q1", -1), {"code": "VALIDATION", "message": "steps: shifting 0001-Q1 by -1 leaves the years 0001–9999", "path": ["steps"], "issues": [{"path": ["steps"], "expected": "a shift that stays within years 0001–9999", "received": "-1", "message": "out of range"}]}],
  ["periodsBetween to before from", () => periodsBetween("2024-02-01", "2024-01-01", "month"), {"code": "VALIDATION", "message": "to: expected a date on or after from (2024-02-01), received \"2024-01-01\"", "path": ["to"], "issues": [{"path": ["to"], "expected": "a date on or after 2024-02-01", "received": "\"2024-01-01\"", "message": "to is before from"}]}],
  ["assertVersionHistory", () => assertVersionHistory([{ validFrom: "2024-01-01", value: 1 }, { validFrom: "2023-01-01", value: 2 }]), {"code": "VALIDATION", "message": "Invalid version history: [1].validFrom: versions must be in ascending validFrom order: expected a date after [0].validFrom 2024-01-01, received 2023-01-01", "path": [1, "validFrom"], "issues": [{"path": [1, "validFrom"], "expected": "a date after 2024-01-01", "received": "2023-01-01", "message": "[1].validFrom: versions must be in ascending validFrom order: expected a date after [0].validFrom 2024-01-01, received 2023-01-01"}]}],
  ["assertVersionHistory not array", () => assertVersionHistory("x" as never), {"code": "VALIDATION", "message": "(root): expected an array of versions { validFrom, validTo?, value }, received \"x\"", "path": [], "issues": [{"path": [], "expected": "an array of versions { validFrom, validTo?, value }", "received": "\"x\"", "message": "expected an array of versions { validFrom, validTo?, value }"}]}],
  ["assertVersionHistory bad dates", () => assertVersionHistory([{ validFrom: "2024-02-30", value: 1 }, { validFrom: "2024-01-01", validTo: "2023-01-01", value: 2 }]), {"code": "VALIDATION", "message": "Invalid version history: [0].validFrom: expected a real calendar date in YYYY-MM-DD form, received \"2024-02-30\"; [1].validTo: validTo must be after validFrom 2024-01-01, received 2023-01-01", "path": [0, "validFrom"], "issues": [{"path": [0, "validFrom"], "expected": "YYYY-MM-DD date", "received": "\"2024-02-30\"", "message": "[0].validFrom: expected a real calendar date in YYYY-MM-DD form, received \"2024-02-30\""}, {"path": [1, "validTo"], "expected": "a date after validFrom 2024-01-01", "received": "2023-01-01", "message": "[1].validTo: validTo must be after validFrom 2024-01-01, received 2023-01-01"}]}],
  ["asOf null version", () => asOf([null] as never, "2024-01-01"), {"code": "VALIDATION", "message": "versions[0]: expected a version { validFrom, validTo?, value }, received null", "path": ["versions", 0], "issues": [{"path": ["versions", 0], "expected": "a version { validFrom, validTo?, value }", "received": "null", "message": "expected a version { validFrom, validTo?, value }"}]}],
  ["asOfVersion bad date", () => asOfVersion([{ validFrom: "2024-01-01", value: 1 }], "x"), {"code": "VALIDATION", "message": "on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["on"], "issues": [{"path": ["on"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["periodContains bad period", () => periodContains("x", "2024-01-01"), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received \"x\"", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "\"x\"", "message": "invalid period"}]}],
  ["shiftPeriod bad period", () => shiftPeriod("x", 1), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received \"x\"", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "\"x\"", "message": "invalid period"}]}],
  ["periodBounds(2024) (a number)", () => periodBounds(2024 as never), {"code": "VALIDATION", "message": "period: expected a period \"YYYY\", \"YYYY-H1\"…\"YYYY-H2\", \"YYYY-Q1\"…\"YYYY-Q4\" or \"YYYY-MM\", received 2024", "path": ["period"], "issues": [{"path": ["period"], "expected": "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", "received": "2024", "message": "invalid period"}]}],
  ["periodsBetween bad from", () => periodsBetween("x", "2024-01-01", "year"), {"code": "VALIDATION", "message": "from: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["from"], "issues": [{"path": ["from"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["periodsBetween bad to", () => periodsBetween("2024-01-01", "x", "year"), {"code": "VALIDATION", "message": "to: expected a real calendar date in YYYY-MM-DD form or a valid Date, received \"x\"", "path": ["to"], "issues": [{"path": ["to"], "expected": "YYYY-MM-DD date", "received": "\"x\"", "message": "invalid date"}]}],
  ["periodOf granularity [\"year\"]", () => periodOf("2024-01-01", ["year"] as never), {"code": "VALIDATION", "message": "granularity: expected one of \"year\", \"half\", \"quarter\", \"month\", received an array of 1", "path": ["granularity"], "issues": [{"path": ["granularity"], "expected": "year | half | quarter | month", "received": "an array of 1", "message": "invalid granularity"}]}],
  ["assertVersionHistory overlap", () => assertVersionHistory([{ validFrom: "2024-01-01", validTo: "2024-06-01", value: 1 }, { validFrom: "2024-03-01", value: 2 }], ["versions"]), {"code": "VALIDATION", "message": "Invalid version history: versions[0].validTo: versions overlap: expected a date on or before [1].validFrom 2024-03-01, received 2024-06-01", "path": ["versions", 0, "validTo"], "issues": [{"path": ["versions", 0, "validTo"], "expected": "a date on or before 2024-03-01", "received": "2024-06-01", "message": "versions[0].validTo: versions overlap: expected a date on or before [1].validFrom 2024-03-01, received 2024-06-01"}]}],
  ["assertVersionHistory([\"x\"])", () => assertVersionHistory(["x"] as never), {"code": "VALIDATION", "message": "Invalid version history: [0]: expected a version { validFrom, validTo?, value }, received \"x\"", "path": [0], "issues": [{"path": [0], "expected": "a version { validFrom, validTo?, value }", "received": "\"x\"", "message": "[0]: expected a version { validFrom, validTo?, value }, received \"x\""}]}],
  ["assertVersionHistory bad validTo", () => assertVersionHistory([{ validFrom: "2024-01-01", validTo: "2024-13-01", value: 1 }]), {"code": "VALIDATION", "message": "Invalid version history: [0].validTo: expected a real calendar date in YYYY-MM-DD form, received \"2024-13-01\"", "path": [0, "validTo"], "issues": [{"path": [0, "validTo"], "expected": "YYYY-MM-DD date", "received": "\"2024-13-01\"", "message": "[0].validTo: expected a real calendar date in YYYY-MM-DD form, received \"2024-13-01\""}]}],
];


describe("time errors, whole", () => {
  it.each(cases)("%s", (_name, run, expected) => expectWholeError(run, expected));
});
