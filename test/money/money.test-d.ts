import { describe, expectTypeOf, it } from "vitest";
import { addMoney, allocateMoney, compareMoney, convertMoney, divideMoney, formatKrw, formatMoney, isZeroMoney, money, multiplyMoney, negateMoney, ratioOfMoney, subtractMoney, sumMoney, type RoundingMode } from "../../src/index.js";
import { FxRate, Money } from "../../src/schemas/index.js";

describe("money types (api-contract.md signatures)", () => {
  it("Money is a readonly { amount: string; currency: string } and the schema outputs it", () => {
    expectTypeOf<Money>().toEqualTypeOf<{ readonly amount: string; readonly currency: string }>();
    expectTypeOf(Money.parse({})).toMatchTypeOf<Money>();
    expectTypeOf(money).parameters.toEqualTypeOf<[amount: string | number | bigint, currency: string]>();
    expectTypeOf(money).returns.toEqualTypeOf<Money>();
  });

  it("arithmetic signatures", () => {
    expectTypeOf(addMoney).toEqualTypeOf<(a: Money, b: Money) => Money>();
    expectTypeOf(subtractMoney).toEqualTypeOf<(a: Money, b: Money) => Money>();
    expectTypeOf(negateMoney).toEqualTypeOf<(m: Money) => Money>();
    expectTypeOf(compareMoney).returns.toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(isZeroMoney).returns.toEqualTypeOf<boolean>();
    expectTypeOf(sumMoney).parameters.toEqualTypeOf<[items: Iterable<Money>, currency?: string]>();
    expectTypeOf(ratioOfMoney).returns.toEqualTypeOf<number>();
    expectTypeOf(allocateMoney).parameters.toEqualTypeOf<[m: Money, ratios: readonly (number | string)[]]>();
    expectTypeOf(allocateMoney).returns.toEqualTypeOf<Money[]>();
  });

  it("rounding modes", () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<"half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor">();
    expectTypeOf(multiplyMoney).parameter(1).toEqualTypeOf<string | number | bigint>();
    expectTypeOf(divideMoney).parameter(2).toEqualTypeOf<{ readonly rounding?: RoundingMode } | undefined>();
    // @ts-expect-error: not a rounding mode
    multiplyMoney(money("1", "USD"), 2, { rounding: "bankers" });
  });

  it("FxRate and convertMoney", () => {
    expectTypeOf<FxRate>().toMatchTypeOf<{ base: string; quote: string; rate: string; validFrom: string; source?: string | undefined; invertible?: boolean | undefined }>();
    expectTypeOf(convertMoney).parameters.toEqualTypeOf<[m: Money, to: string, rates: readonly FxRate[], on: Date | string]>();
  });

  it("formatting", () => {
    expectTypeOf(formatKrw).parameters.toEqualTypeOf<[value: Money | string | bigint]>();
    expectTypeOf(formatMoney).parameter(1).toEqualTypeOf<{ readonly locale?: "ko-KR" | "en-US" } | undefined>();
    // @ts-expect-error: only ko-KR and en-US
    formatMoney(money("1", "USD"), { locale: "fr-FR" });
  });
});
