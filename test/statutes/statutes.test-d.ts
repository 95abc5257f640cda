import { describe, expectTypeOf, it } from "vitest";
import { citations, classifySme, isMicroEnterprise, isYouthFounder, ksicDivision, ksicSection, regularWorkerCount, smeCaps, startupStage, type Citation, type DateLike, type KsicSection, type Money, type SmeSize, type StartupStage } from "../../src/index.js";
import { type MonthEndHeadcount } from "../../src/schemas/index.js";

describe("statute signatures (api-contract.md)", () => {
  it("regularWorkerCount takes month-end counts and returns a number", () => {
    expectTypeOf(regularWorkerCount).parameter(0).toEqualTypeOf<
      readonly { readonly month: string; readonly fullTime: number; readonly partTime60h?: number | undefined }[]
    >();
    expectTypeOf(regularWorkerCount).returns.toEqualTypeOf<number>();
    // the Company entity's headcounts can be passed as they are
    expectTypeOf<MonthEndHeadcount[]>().toExtend<Parameters<typeof regularWorkerCount>[0]>();
    expectTypeOf<{ month: string; fullTime: number; partTime60h?: number }[]>().toExtend<Parameters<typeof regularWorkerCount>[0]>();
  });

  it("classifySme returns an SmeSize", () => {
    expectTypeOf(classifySme).returns.toEqualTypeOf<SmeSize>();
    expectTypeOf<SmeSize>().toEqualTypeOf<"small" | "medium" | "not-sme">();
    expectTypeOf<{ ksic: string; averageRevenue: Money; totalAssets: Money }>().toExtend<Parameters<typeof classifySme>[0]>();
    expectTypeOf<{ asOf: DateLike }>().toExtend<Parameters<typeof classifySme>[1]>();
    // @ts-expect-error asOf is required
    classifySme({ ksic: "29", averageRevenue: { amount: "1", currency: "KRW" }, totalAssets: { amount: "1", currency: "KRW" } }, {});
  });

  it("startupStage and isYouthFounder", () => {
    expectTypeOf(startupStage).parameters.toEqualTypeOf<[foundedOn: DateLike | undefined, options: { readonly asOf: DateLike }]>();
    expectTypeOf(isYouthFounder).parameters.toEqualTypeOf<[birthDate: DateLike, options: { readonly asOf: DateLike }]>();
    expectTypeOf(startupStage).returns.toEqualTypeOf<StartupStage>();
    expectTypeOf<StartupStage>().toEqualTypeOf<"pre-startup" | "early" | "leap" | "established">();
    expectTypeOf(isYouthFounder).returns.toEqualTypeOf<boolean>();
  });

  it("isMicroEnterprise, KSIC helpers, smeCaps and citations", () => {
    expectTypeOf(isMicroEnterprise).returns.toEqualTypeOf<boolean>();
    expectTypeOf<{ ksic: string; regularWorkers: number; smeSize?: SmeSize }>().toExtend<Parameters<typeof isMicroEnterprise>[0]>();
    expectTypeOf(ksicSection).returns.toEqualTypeOf<KsicSection>();
    expectTypeOf(ksicDivision).returns.toEqualTypeOf<string>();
    expectTypeOf(smeCaps).returns.toExtend<{ smeRevenueCap: Money; smallRevenueCap: Money; row: string; citation: Citation }>();
    expectTypeOf(citations.classifySme).toEqualTypeOf<Citation>();
    // @ts-expect-error only the six computations are cited
    void citations.evaluate;
  });
});
