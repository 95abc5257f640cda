import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { asOf } from "../../src/index.js";
import { Agreement, Alliance, Association, Budget, Event, ExportDeal, Investment, MetricObservation, Organization, Region, Sigungu, SupportProgram, Technopark, parseWith } from "../../src/schemas/index.js";
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
  regionByCode,
  regions,
  seoulSouthwestDistricts,
  sigungu,
  sourceArticles,
  technoparks,
} from "../../src/data/index.js";
import { OTHER_SOURCES, SOURCE_FILES } from "../../src/data/sources.js";

const TODAY = "2026-11-25";

const collections: [string, z.ZodType, readonly unknown[]][] = [
  ["regions", Region, regions],
  ["sigungu", Sigungu, sigungu],
  ["technoparks", Technopark, technoparks],
  ["association", Association, [association]],
  ["organizations", Organization, organizations],
  ["agreements", Agreement, agreements],
  ["alliances", Alliance, alliances],
  ["programs", SupportProgram, programs],
  ["budgets", Budget, budgets],
  ["events", Event, events],
  ["exportDeals", ExportDeal, exportDeals],
  ["metrics", MetricObservation, metrics],
  ["investments", Investment, investments],
];

const orgIds = new Set(organizations.map((o) => o.id));
const valueAt = (record: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((current, key) => (current === undefined || current === null ? undefined : (current as Record<string, unknown>)[key]), record);

describe("reference data parses with the entity schemas", () => {
  it.each(collections.map(([name, schema, records]) => [name, schema, records] as const))("%s: every record parses to an equal value", (name, schema, records) => {
    expect(records.length).toBeGreaterThan(0);
    records.forEach((record, index) => {
      expect(parseWith(schema, record, `${name}[${index}]`)).toEqual(record);
    });
  });

  it.each(collections.map(([name, , records]) => [name, records] as const))("%s: ids are unique", (_name, records) => {
    const ids = records.map((r) => (r as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("organization ids are unique across every kind", () => {
    expect(orgIds.size).toBe(organizations.length);
    expect(organizations).toHaveLength(19 + 1 + 31);
  });

  it("every record cites a known source, and every path it marks unconfirmed exists", () => {
    const known = new Set<string>([...Object.values(SOURCE_FILES), ...Object.values(OTHER_SOURCES)]);
    for (const [name, , records] of collections) {
      for (const record of records as { id: string; source: string; otherSources?: string[]; unconfirmed?: string[] }[]) {
        expect(known.has(record.source), `${name}/${record.id} source ${record.source}`).toBe(true);
        for (const other of record.otherSources ?? []) expect(known.has(other), `${name}/${record.id} otherSource ${other}`).toBe(true);
        for (const path of record.unconfirmed ?? []) expect(valueAt(record, path), `${name}/${record.id} unconfirmed ${path}`).toBeDefined();
      }
    }
    expect(sourceArticles.map((a) => a.file)).toEqual(Object.values(SOURCE_FILES));
  });

  it("records are deeply frozen", () => {
    const frozenThrough = (value: unknown, path: string): void => {
      if (typeof value !== "object" || value === null) return;
      expect(Object.isFrozen(value), path).toBe(true);
      for (const [key, inner] of Object.entries(value)) frozenThrough(inner, `${path}.${key}`);
    };
    for (const [name, , records] of collections) {
      if (name === "association") frozenThrough(association, name);
      else frozenThrough(records, name);
    }
    frozenThrough(sourceArticles, "sourceArticles");
    expect(() => {
      (technoparks[0] as { founded: number }).founded = 1;
    }).toThrow(TypeError);
  });
});

describe("every reference resolves", () => {
  const agreementIds = new Set(agreements.map((a) => a.id));
  const programIds = new Set(programs.map((p) => p.id));
  const eventIds = new Set(events.map((e) => e.id));
  const sigunguNames = new Set(sigungu.map((s) => s.name.ko));
  const regionIds = new Set(regions.map((r) => r.id));

  it("organization parents, locations, seats and association members", () => {
    for (const org of organizations) {
      if (org.parentId !== undefined) expect(orgIds.has(org.parentId), org.id).toBe(true);
      if (org.location?.regionCode !== undefined) expect(regionByCode(org.location.regionCode, TODAY)?.code, org.id).toBe(org.location.regionCode);
      if (org.location?.sigungu !== undefined) expect(sigunguNames.has(org.location.sigungu), org.id).toBe(true);
    }
    for (const membership of association.members) expect(technoparks.some((t) => t.id === membership.memberId), membership.memberId).toBe(true);
    expect(association.members.map((m) => m.memberId).sort()).toEqual(technoparks.map((t) => t.id).sort());
  });

  it("each technopark's regionCodes resolve to a region on every day of each version's start", () => {
    for (const tp of technoparks) {
      for (const version of tp.regionCodes) expect(regionByCode(version.value, version.validFrom)?.code, `${tp.id} ${version.value}`).toBe(version.value);
      expect(regionByCode(tp.regionCode, TODAY)?.code, tp.id).toBe(tp.regionCode);
      expect(tp.location?.regionCode).toBe(tp.regionCode);
    }
  });

  it("regions, successors, predecessors and 시·군·구", () => {
    for (const region of regions) for (const id of [...(region.successorIds ?? []), ...(region.predecessorIds ?? [])]) expect(regionIds.has(id), `${region.id} → ${id}`).toBe(true);
    for (const s of sigungu) expect(regionIds.has(s.regionId), s.id).toBe(true);
    for (const district of seoulSouthwestDistricts) expect(sigungu.find((s) => s.name.ko === district)?.regionId).toBe("seoul");
  });

  it("agreements and alliances", () => {
    for (const agreement of agreements) {
      for (const party of agreement.parties) expect(orgIds.has(party.organizationId), `${agreement.id} party ${party.organizationId}`).toBe(true);
      if (agreement.allianceId !== undefined) expect(alliances.some((a) => a.id === agreement.allianceId)).toBe(true);
      if (agreement.eventId !== undefined) expect(eventIds.has(agreement.eventId)).toBe(true);
    }
    for (const alliance of alliances) {
      for (const version of alliance.members) for (const id of version.value) expect(orgIds.has(id), id).toBe(true);
      for (const id of alliance.agreementIds) expect(agreementIds.has(id), id).toBe(true);
    }
  });

  it("programmes, budgets, events, deals, metrics and investments", () => {
    for (const program of programs) {
      expect(orgIds.has(program.operatorId), program.operatorId).toBe(true);
      for (const id of program.funderIds) expect(orgIds.has(id), id).toBe(true);
      if (program.agreementId !== undefined) expect(agreementIds.has(program.agreementId)).toBe(true);
      if (program.regionCode !== undefined) expect(regionByCode(program.regionCode, program.eligibility[0]!.validFrom)?.code, program.id).toBe(program.regionCode);
      for (const name of program.sigungu ?? []) expect(sigunguNames.has(name), name).toBe(true);
    }
    for (const budget of budgets) {
      expect(orgIds.has(budget.funderId)).toBe(true);
      for (const id of budget.programIds) expect(programIds.has(id), id).toBe(true);
    }
    for (const event of events) for (const id of [...event.organizerIds, ...(event.operatorIds ?? []), ...(event.participantIds ?? [])]) expect(orgIds.has(id), id).toBe(true);
    for (const deal of exportDeals) {
      if (deal.eventId !== undefined) expect(eventIds.has(deal.eventId)).toBe(true);
      for (const id of [deal.exporter.organizationId, deal.counterparty.organizationId]) if (id !== undefined) expect(orgIds.has(id), id).toBe(true);
      if (deal.exporter.sigungu !== undefined) expect(sigunguNames.has(deal.exporter.sigungu)).toBe(true);
    }
    for (const metric of metrics) {
      if (metric.subject.kind === "technopark") expect(technoparks.some((t) => t.id === (metric.subject as { technoparkId: string }).technoparkId)).toBe(true);
    }
    for (const investment of investments) expect(orgIds.has(investment.organizationId)).toBe(true);
  });
});

describe("the facts of domain-facts §1–§3 as records", () => {
  it("the 19 technoparks with their contract fields (source 001, Encyclopedia of Korean Culture)", () => {
    expect(technoparks.map((t) => [t.id, t.regionCode, t.founded, t.web])).toEqual([
      ["gyeonggi", "41", 1997, "gtp.or.kr"],
      ["incheon", "28", 1997, "itp.or.kr"],
      ["gyeongbuk", "47", 1997, "gbtp.or.kr"],
      ["chungnam", "44", 1997, "ctp.or.kr"],
      ["gwangju", "12", 1997, "gjtp.or.kr"],
      ["daegu", "27", 1997, "dgtp.or.kr"],
      ["busan", "26", 2000, "btp.or.kr"],
      ["pohang", "47", 2000, "ptp.or.kr"],
      ["gangwon", "51", 2003, "gwtp.or.kr"],
      ["chungbuk", "43", 2003, "cbtp.or.kr"],
      ["jeonbuk", "52", 2003, "jbtp.or.kr"],
      ["jeonnam", "12", 2003, "jntp.or.kr"],
      ["gyeongnam", "48", 2004, "gntp.or.kr"],
      ["ulsan", "31", 2004, "utp.or.kr"],
      ["gyeonggi-daejin", "41", 2005, "gdtp.or.kr"],
      ["daejeon", "30", 2005, "djtp.or.kr"],
      ["seoul", "11", 2005, "seoultp.or.kr"],
      ["jeju", "50", 2010, "jejutp.or.kr"],
      ["sejong", "36", 2018, "sjtp.or.kr"],
    ]);
    expect(technoparks.every((t) => t.kind === "technopark" && t.name.ko.endsWith("테크노파크") && t.name.en.endsWith("Technopark"))).toBe(true);
    expect(technoparks.filter((t) => !(t.unconfirmed ?? []).includes("name.en")).map((t) => t.id)).toEqual(["gyeonggi"]);
    expect(technoparks.filter((t) => (t.unconfirmed ?? []).includes("regionCode")).map((t) => t.id)).toEqual(["gwangju", "jeonnam"]);
  });

  it("older region codes stay reachable through regionCodes (Gangwon 42, Jeonbuk 45, Gwangju 29, Jeonnam 46)", () => {
    const codeOn = (id: string, on: string) => asOf(technoparks.find((t) => t.id === id)!.regionCodes, on);
    expect([codeOn("gangwon", "2023-06-10"), codeOn("gangwon", "2023-06-11")]).toEqual(["42", "51"]);
    expect([codeOn("jeonbuk", "2024-01-17"), codeOn("jeonbuk", "2024-01-18")]).toEqual(["45", "52"]);
    expect([codeOn("gwangju", "2026-06-30"), codeOn("gwangju", "2026-07-01")]).toEqual(["29", "12"]);
    expect([codeOn("jeonnam", "2026-06-30"), codeOn("jeonnam", "2026-07-01")]).toEqual(["46", "12"]);
  });

  it("the INNO WEEK 2023 named deals reproduce the reported contract and joint-agreement totals (source 004)", () => {
    const total = (stage: string) => exportDeals.filter((d) => d.stage === stage).reduce((sum, d) => sum + BigInt(d.value.amount), 0n);
    const reported = events.find((e) => e.id === "inno-week-2023")!.reported!;
    expect(exportDeals.every((d) => d.value.currency === "USD")).toBe(true);
    expect(total("contract")).toBe(6_500_000n);
    expect(total("joint-agreement")).toBe(5_000_000n);
    expect(String(total("contract"))).toBe(reported.contracts.value.amount);
    expect(String(total("joint-agreement"))).toBe(reported.jointAgreements.value.amount);
    expect(reported).toEqual({
      asOf: "2023-10-27",
      consultations: { count: 140, value: { amount: "9000000", currency: "USD" } },
      contracts: { value: { amount: "6500000", currency: "USD" } },
      jointAgreements: { value: { amount: "5000000", currency: "USD" } },
    });
    const mugye = exportDeals.find((d) => d.exporter.organizationId === "mugye-bio")!;
    expect(mugye.counterparty).toEqual({ name: "Three buyers in Uzbekistan and Russia (not named)", countries: ["UZ", "RU"], count: 3 });
    expect(exportDeals.find((d) => d.exporter.organizationId === "maru-energy")).toMatchObject({ term: "P3Y", counterparty: { name: "DigitalAgro", country: "UZ" } });
  });

  it("INNO WEEK 2023 event (source 004)", () => {
    expect(events.find((e) => e.id === "inno-week-2023")).toMatchObject({
      city: { ko: "타슈켄트", en: "Tashkent" },
      country: "UZ",
      startDate: "2023-10-17",
      endDate: "2023-10-20",
      participants: { companies: 35, universities: 9 },
    });
  });

  it("national technopark statistics 2007 → 2018 (source 001)", () => {
    const value = (id: string) => metrics.find((m) => m.id === id)!.value;
    expect(value("all-technoparks-tenant-companies-2007")).toBe(826);
    expect(value("all-technoparks-tenant-companies-2018")).toBe(2256);
    expect(value("all-technoparks-employment-2007")).toBe(16564);
    expect(value("all-technoparks-employment-2018")).toBe(19674);
    expect(value("all-technoparks-tenant-revenue-2007")).toEqual({ amount: "3520000000000", currency: "KRW" });
    expect(value("all-technoparks-tenant-revenue-2018")).toEqual({ amount: "17603100000000", currency: "KRW" });
  });

  it("investments named in source 001", () => {
    expect(investments.map((i) => [i.organizationId, i.amount.amount])).toEqual([
      ["gyeonggi", "66400000000"],
      ["gyeonggi", "30000000000"],
      ["incheon", "9500000000"],
      ["chungnam", "528100000000"],
    ]);
  });

  it("Yeongcheon: KRW 1,000,000,000 a year from the city since 2019 for both programmes together (source 002)", () => {
    expect(budgets.map((b) => [b.fiscalYear, b.fundingSource, b.funderId, b.allocated.amount, b.allocated.currency])).toEqual([
      [2019, "city", "yeongcheon-city", "1000000000", "KRW"],
      [2020, "city", "yeongcheon-city", "1000000000", "KRW"],
      [2021, "city", "yeongcheon-city", "1000000000", "KRW"],
      [2022, "city", "yeongcheon-city", "1000000000", "KRW"],
    ]);
    expect(budgets.every((b) => b.programIds.join() === "yeongcheon-high-value-conversion,yeongcheon-innovative-technology")).toBe(true);
  });

  it("the Yeongcheon programmes: rules by fact path, and the application limit removed in 2022 (source 002)", () => {
    const hv = programs.find((p) => p.id === "yeongcheon-high-value-conversion")!;
    const it_ = programs.find((p) => p.id === "yeongcheon-innovative-technology")!;
    const conditions = (rule: unknown) => ((rule as { all: { id: string; fact: string; op: string; value: unknown }[] }).all).map((c) => [c.fact, c.op, c.value]);
    expect(conditions(asOf(hv.eligibility, "2022-12-07"))).toEqual([
      ["company.location.sigungu", "eq", "영천시"],
      ["company.ksicSection", "eq", "C"],
      ["company.smeSize", "in", ["small", "medium"]],
      ["company.regularWorkers", "gte", 30],
    ]);
    expect(conditions(asOf(it_.eligibility, "2022-12-07"))).toEqual([
      ["company.location.sigungu", "eq", "영천시"],
      ["company.smeSize", "in", ["small", "medium"]],
      ["company.regularWorkers", "lt", 30],
    ]);
    for (const program of [hv, it_]) {
      expect(asOf(program.applicationLimit!, "2021-12-31")?.kind).toBe("limited");
      expect(asOf(program.applicationLimit!, "2022-01-01")?.kind).toBe("unlimited");
      expect(asOf(program.eligibility, "2018-12-31")).toBeUndefined();
      expect(program).toMatchObject({ operatorId: "gyeongbuk", funderIds: ["yeongcheon-city"], regionCode: "47", sigungu: ["영천시"], since: "2019" });
    }
    expect(hv.supportTypes).toEqual(["process-improvement-rnd", "prototype-development", "process-improvement-on-site", "prototype-production", "marketing"]);
    expect(it_.supportTypes).toEqual(["scale-up-rnd", "prototype-commercialisation", "prototype-production", "testing-certification", "patent-application", "export-logistics"]);
  });

  it("every rule node has a stable id and a bilingual label", () => {
    const visit = (node: Record<string, unknown>, path: string): void => {
      expect(typeof node.id, path).toBe("string");
      expect(node.label, path).toMatchObject({ ko: expect.any(String), en: expect.any(String) });
      for (const key of ["all", "any"]) for (const [i, child] of ((node[key] as Record<string, unknown>[] | undefined) ?? []).entries()) visit(child, `${path}.${key}[${i}]`);
      if (node.not !== undefined) visit(node.not as Record<string, unknown>, `${path}.not`);
    };
    for (const program of programs) for (const version of program.eligibility) visit(version.value as unknown as Record<string, unknown>, program.id);
  });

  it("the youth start-up programme is a model of the 14-party agreement (source 003), flagged unconfirmed", () => {
    const youth = programs.find((p) => p.id === "seoul-southwest-youth-startup")!;
    expect(youth).toMatchObject({ model: true, confidence: "unconfirmed", agreementId: "seoul-southwest-youth-startup-2024", regionCode: "11" });
    const rule = youth.eligibility[0]!.value as { all: { fact: string; op: string; value: unknown }[] };
    expect(rule.all.map((c) => [c.fact, c.op, c.value])).toEqual([
      ["representative.isYouth", "eq", true],
      ["company.startupStage", "in", ["early", "leap"]],
      ["company.location.regionCode", "eq", "11"],
      ["company.location.sigungu", "in", ["영등포구", "구로구", "금천구", "강서구", "양천구", "관악구", "동작구"]],
    ]);
  });

  it("the agreements: dates, venues and parties with roles (sources 000, 003, 004)", () => {
    const byId = (id: string) => agreements.find((a) => a.id === id)!;
    expect(byId("haeoreum-alliance-2016")).toMatchObject({ date: "2016-06-30", kind: "alliance", venue: { en: "Gyeongju Hwabaek International Convention Center (HICO)" } });
    expect(byId("haeoreum-alliance-2016").parties.map((p) => p.organizationId)).toEqual(["ulsan-city", "pohang-city", "gyeongju-city"]);
    expect(byId("haeoreum-technopark-mou-2023")).toMatchObject({ date: "2023-01-02", dateBasis: "announced" });
    expect(byId("haeoreum-technopark-mou-2023").parties.map((p) => [p.organizationId, p.signatory?.name.ko])).toEqual([
      ["gyeongbuk", "하인성"],
      ["ulsan", "권수용"],
      ["pohang", "이점식"],
    ]);
    const youth = byId("seoul-southwest-youth-startup-2024");
    expect(youth).toMatchObject({ date: "2024-10-23", dateBasis: "signed", venue: { ko: "중앙대학교 100주년기념관" } });
    const count = (role: string) => youth.parties.filter((p) => p.roleKind === role).length;
    expect([youth.parties.length, count("discover-and-grow-early-startups"), count("settlement-and-administrative-support"), count("leap-stage-growth-support")]).toEqual([14, 6, 5, 3]);
    expect(youth.parties.every((p) => organizations.find((o) => o.id === p.organizationId)!.kind === { "discover-and-grow-early-startups": "university", "settlement-and-administrative-support": "district-office", "leap-stage-growth-support": "support-agency" }[p.roleKind as string])).toBe(true);
    expect(byId("inno-week-2023-tri-party")).toMatchObject({ date: "2023-10-19", eventId: "inno-week-2023" });
    expect(byId("inno-week-2023-tri-party").parties.map((p) => p.organizationId)).toEqual(["gyeongbuk", "uz-environment-research-institute", "mugye-bio"]);
  });

  it("the Haeoreum Alliance and its members over time", () => {
    expect(alliances).toHaveLength(1);
    expect(asOf(alliances[0]!.members, "2016-06-29")).toBeUndefined();
    expect(asOf(alliances[0]!.members, TODAY)).toEqual(["ulsan-city", "pohang-city", "gyeongju-city"]);
  });

  it("the association: names over time and renamings (source 001)", () => {
    const nameOn = (on: string) => asOf(association.names!, on)?.name.ko;
    expect([nameOn("1998-06-01"), nameOn("2005-06-01"), nameOn("2018-06-01"), nameOn(TODAY)]).toEqual(["전국테크노파크협의회", "한국테크노파크", "한국테크노파크진흥회", "한국테크노파크진흥회"]);
    expect(association).toMatchObject({ web: "technopark.kr", reportedMemberCount: 19, location: { sigungu: "강남구" } });
  });
});
