import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { membersAsOf, type Money, type RegionAsOf, type Rule, type Versioned } from "../../src/index.js";
import { DealStage, ExportDeal, Organization, Region, SupportProgram, Technopark, toJsonSchema, type EntityName } from "../../src/schemas/index.js";
import { associationMembersAsOf, exportDeals, programs, regionByCode, technoparks } from "../../src/data/index.js";

describe("entity types", () => {
  it("schema and type share a name and the type is the schema's output", () => {
    expectTypeOf<Technopark>().toEqualTypeOf<z.output<typeof Technopark>>();
    expectTypeOf<ExportDeal>().toEqualTypeOf<z.output<typeof ExportDeal>>();
    expectTypeOf<DealStage>().toEqualTypeOf<"consultation" | "contract" | "joint-agreement">();
  });

  it("Organization narrows on kind", () => {
    const org = {} as Organization;
    if (org.kind === "technopark") expectTypeOf(org.regionCodes).toMatchTypeOf<readonly Versioned<string>[]>();
    if (org.kind === "foreign-partner") expectTypeOf(org.name.ko).toEqualTypeOf<string | undefined>();
    if (org.kind === "university") expectTypeOf(org.name.en).toEqualTypeOf<string>();
  });

  it("programmes hold versioned rules and deals hold Money", () => {
    expectTypeOf<SupportProgram["eligibility"][number]["value"]>().toEqualTypeOf<Rule>();
    expectTypeOf(exportDeals[0]!.value).toMatchTypeOf<Money>();
    expectTypeOf(programs).toEqualTypeOf<readonly SupportProgram[]>();
    expectTypeOf(technoparks).toEqualTypeOf<readonly Technopark[]>();
  });

  it("lookups take the date as an argument and return plain data", () => {
    expectTypeOf(regionByCode).parameters.toEqualTypeOf<[string, Date | string]>();
    expectTypeOf(regionByCode).returns.toEqualTypeOf<RegionAsOf | undefined>();
    expectTypeOf(associationMembersAsOf).returns.toEqualTypeOf<{ known: string[]; unknown: string[] }>();
    expectTypeOf(membersAsOf).returns.toEqualTypeOf<{ known: string[]; unknown: string[] }>();
    expectTypeOf<Region["versions"][number]["value"]["code"]>().toEqualTypeOf<RegionAsOf["code"]>();
  });

  it("toJsonSchema only accepts registered names", () => {
    expectTypeOf(toJsonSchema).parameter(0).toEqualTypeOf<EntityName>();
    expectTypeOf<"Company" | "Money" | "Rule" | "Technopark">().toMatchTypeOf<EntityName>();
    // @ts-expect-error not an entity name
    toJsonSchema("Castle");
  });
});
