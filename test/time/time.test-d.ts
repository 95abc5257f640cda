import { describe, expectTypeOf, it } from "vitest";
import { z } from "zod";
import { asOf, asOfVersion, assertVersionHistory, periodBounds, periodOf, type DateLike, type PeriodGranularity, type PeriodBounds, type Versioned } from "../../src/index.js";
import { Period, VersionHistory } from "../../src/schemas/index.js";

describe("time types", () => {
  it("asOf infers the value type and accepts histories parsed by zod (validTo?: string | undefined)", () => {
    const parsed = VersionHistory(z.number()).parse([]);
    expectTypeOf(asOf(parsed, "2024-01-01")).toEqualTypeOf<number | undefined>();
    const literal: readonly Versioned<"a" | "b">[] = [{ validFrom: "2020-01-01", value: "a" }];
    expectTypeOf(asOf(literal, new Date())).toEqualTypeOf<"a" | "b" | undefined>();
  });

  it("asOfVersion keeps the version type; assertVersionHistory returns it readonly", () => {
    const versions = [{ validFrom: "2020-01-01", value: 1, source: "x" }];
    expectTypeOf(asOfVersion(versions, "2021-01-01")).toEqualTypeOf<{ validFrom: string; value: number; source: string } | undefined>();
    expectTypeOf(assertVersionHistory(versions)).toEqualTypeOf<readonly { validFrom: string; value: number; source: string }[]>();
  });

  it("period helpers", () => {
    expectTypeOf<PeriodGranularity>().toEqualTypeOf<"year" | "half" | "quarter" | "month">();
    expectTypeOf<Period>().toEqualTypeOf<string>();
    expectTypeOf(periodOf).parameter(0).toEqualTypeOf<DateLike>();
    expectTypeOf(periodBounds("2024")).toEqualTypeOf<PeriodBounds>();
    // @ts-expect-error — "week" is not a granularity
    periodOf("2024-01-01", "week");
  });
});
