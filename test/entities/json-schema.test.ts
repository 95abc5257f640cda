import { describe, expect, it } from "vitest";
import { isTechnoparkError, money } from "../../src/index.js";
import { entityNames, entitySchemas, toJsonSchema, type EntityName } from "../../src/schemas/index.js";
import {
  agreements,
  alliances,
  association,
  budgets,
  events,
  exportDeals,
  investments,
  metrics,
  organizations,
  programs,
  regions,
  sigungu,
  technoparks,
} from "../../src/data/index.js";
import { checkJsonSchema } from "./json-schema-check.js";

const gangwon = regions.find((r) => r.id === "gangwon")!;
const youth = agreements.find((a) => a.id === "seoul-southwest-youth-startup-2024")!;
const innoWeek = events.find((e) => e.id === "inno-week-2023")!;
const byKind = (kind: string) => organizations.find((o) => o.kind === kind)!;

/** One valid record per entity name (the registry must not grow without a sample here). */
const samples: Record<EntityName, unknown> = {
  Agreement: youth,
  AgreementKind: "mou",
  AgreementParty: youth.parties[0],
  Alliance: alliances[0],
  ApplicationLimit: programs[0]!.applicationLimit![0]!.value,
  Association: association,
  AssociationMembership: association.members[0],
  AssociationName: association.names![0]!.value,
  BilingualText: { ko: "경북", en: "Gyeongbuk" },
  Budget: budgets[0],
  City: byKind("city"),
  Company: {
    id: "c-001",
    name: { ko: "㈜무계바이오" },
    location: { regionCode: "47", sigungu: "영천시" },
    ksic: "C20",
    foundedOn: "2016-03-02",
    monthEndHeadcounts: [{ month: "2024-12", fullTime: 29, partTime60h: 1 }],
    averageRevenue: money("8000000000", "KRW"),
  },
  CompanyOrganization: byKind("company"),
  Confidence: "unconfirmed",
  CountryCode: "UZ",
  DealStage: "joint-agreement",
  DistrictOffice: byKind("district-office"),
  EntityId: "gyeonggi-daejin",
  Event: innoWeek,
  ExportDeal: exportDeals[0],
  ExportResults: innoWeek.reported,
  ForeignPartner: byKind("foreign-partner"),
  FormerName: technoparks.find((t) => t.id === "incheon")!.formerNames![0],
  FundingSource: "city",
  Hostname: "technopark.kr",
  Investment: investments[0],
  IsoSubdivisionCode: "KR-49",
  Location: { country: "KR", regionCode: "11", sigungu: "관악구" },
  MetricName: "employment",
  MetricObservation: metrics[5],
  MetricSubject: { kind: "region", regionCode: "52" },
  Milestone: association.milestones![0],
  Money: money("6500000", "USD"),
  MonthEndHeadcount: { month: "2024-01", fullTime: 30 },
  Organization: byKind("support-agency"),
  OrganizationKind: "research-institute",
  PartialDate: "2019-07",
  PartialName: { en: "DigitalAgro" },
  PartyRole: "leap-stage-growth-support",
  Provenance: { source: "001_d4d5ca49a03203d9.txt", confidence: "unconfirmed", unconfirmed: ["name.en"] },
  Province: byKind("province"),
  Region: gangwon,
  RegionCode: "51",
  RegionKind: "integrated-special-city",
  RegionVersion: gangwon.versions[1]!.value,
  Representative: technoparks.find((t) => t.id === "ulsan")!.representatives![0],
  ResearchInstitute: byKind("research-institute"),
  Rule: programs[2]!.eligibility[0]!.value,
  Sigungu: sigungu[0],
  Source: "004_eb2f545a800af44b.txt",
  SupportAgency: byKind("support-agency"),
  SupportProgram: programs[0],
  SupportType: "export-logistics",
  Technopark: technoparks.find((t) => t.id === "gwangju"),
  University: byKind("university"),
};

describe("toJsonSchema (z.toJSONSchema of every entity)", () => {
  it("covers Company, Money and Rule as well as the entities, and the samples cover every name", () => {
    expect(entityNames).toEqual(expect.arrayContaining(["Company", "Money", "Rule", "Technopark", "ExportDeal", "Organization"]));
    expect(Object.keys(samples).sort()).toEqual([...entityNames]);
    expect([...entityNames]).toEqual([...entityNames].sort());
  });

  it.each(entityNames.map((name) => [name]))("%s: produces a draft 2020-12 schema that a valid record satisfies", (name) => {
    const schema = toJsonSchema(name);
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    const sample = samples[name];
    expect(entitySchemas[name].safeParse(sample).success).toBe(true);
    expect(checkJsonSchema(schema, JSON.parse(JSON.stringify(sample)))).toEqual([]);
  });

  it("the generated schema rejects a record of the wrong shape (the checker can fail)", () => {
    const schema = toJsonSchema("Technopark");
    const { kind: _kind, ...withoutKind } = technoparks[0]!;
    expect(checkJsonSchema(schema, withoutKind)).toEqual(["(root): missing required kind"]);
    expect(checkJsonSchema(toJsonSchema("DealStage"), "signed")).toEqual(['(root): expected one of ["consultation","contract","joint-agreement"]']);
    expect(checkJsonSchema(toJsonSchema("Organization"), { ...byKind("city"), kind: "castle" })).toEqual(["(root): not exactly one oneOf branch matches"]);
  });

  it("output and input schemas differ where parsing does: the output refuses unknown keys, the input (the default) lets them through", () => {
    const input = toJsonSchema("Money", { io: "input" }) as { $defs: { Money: Record<string, unknown> } };
    const output = toJsonSchema("Money", { io: "output" });
    expect(toJsonSchema("Money")).toEqual(input);
    expect(input.$defs.Money).not.toHaveProperty("additionalProperties");
    expect(output).toEqual({ ...input, $defs: { Money: { ...input.$defs.Money, additionalProperties: false } } });
    const withExtraKey = { amount: "1", currency: "KRW", note: "zod strips it when parsing" };
    expect(checkJsonSchema(input, withExtraKey)).toEqual([]);
    expect(checkJsonSchema(output, withExtraKey)).toEqual(["(root): unexpected property note"]);
    expect(toJsonSchema("Rule")).toMatchObject({ $ref: "#/$defs/Rule" });
  });

  it("refuses an unknown name with code VALIDATION naming the value", () => {
    let caught: unknown;
    try {
      toJsonSchema("Castle" as EntityName);
    } catch (error) {
      caught = error;
    }
    expect(isTechnoparkError(caught, "VALIDATION")).toBe(true);
    expect((caught as Error).message).toBe(`name: expected one of ${entityNames.join(", ")}, received "Castle"`);
  });
});
