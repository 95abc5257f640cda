import { describe, expect, it } from "vitest";
import { findRegionByCode, findRegionByName, isPartialDate, isTechnoparkError, membershipStatus, membersAsOf, money, partialDateBounds, regionAsOf } from "../../src/index.js";
import { Agreement, Alliance, Association, AssociationMembership, Budget, Event, ExportDeal, Investment, Location, MetricObservation, Organization, PartialDate, PartialName, Technopark, supportTypeLabels, SupportType, type AssociationMembership as Membership } from "../../src/schemas/index.js";
import { agreements, alliances, association, budgets, events, exportDeals, investments, regions, technoparks } from "../../src/data/index.js";

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) ?? [];

describe("PartialDate", () => {
  it.each([
    ["2004", true],
    ["2019-07", true],
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2023-02-30", false],
    ["2005-13", false],
    ["0000", false],
    ["04", false],
    [2004, false],
  ])("isPartialDate(%j) is %s", (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
    expect(PartialDate.safeParse(value).success).toBe(expected);
  });

  it("bounds a year, a month (leap February) and a day", () => {
    expect(partialDateBounds("2004")).toEqual({ first: "2004-01-01", last: "2004-12-31" });
    expect(partialDateBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
    expect(partialDateBounds("2023-02")).toEqual({ first: "2023-02-01", last: "2023-02-28" });
    expect(partialDateBounds("2018-11-28")).toEqual({ first: "2018-11-28", last: "2018-11-28" });
  });

  it("refuses a non-date with VALIDATION naming the path", () => {
    try {
      partialDateBounds("2004-1", ["joined"]);
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toBe('joined: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received "2004-1"');
    }
  });
});

describe("Region lookups (effective-dated codes and names)", () => {
  const gangwon = regions.find((r) => r.id === "gangwon")!;

  it("regionAsOf flattens the version in force and is undefined outside the history", () => {
    expect(regionAsOf(gangwon, "2023-06-10")).toMatchObject({ id: "gangwon", code: "42", iso: "KR-42", validFrom: "1995-01-01", validTo: "2023-06-11", kind: "province" });
    expect(regionAsOf(gangwon, "2023-06-11")).toMatchObject({ id: "gangwon", code: "51", iso: "KR-42", validFrom: "2023-06-11", kind: "special-self-governing-province" });
    expect(regionAsOf(gangwon, "2023-06-11")?.validTo).toBeUndefined();
    expect(regionAsOf(gangwon, "1994-12-31")).toBeUndefined();
  });

  it("findRegionByCode answers by date (강원 42 → 51 on 2023-06-11)", () => {
    expect(findRegionByCode(regions, "42", "2023-06-10")?.name.ko).toBe("강원도");
    expect(findRegionByCode(regions, "42", "2023-06-11")).toBeUndefined();
    expect(findRegionByCode(regions, "51", "2023-06-10")).toBeUndefined();
    expect(findRegionByCode(regions, "51", "2023-06-11")?.name.ko).toBe("강원특별자치도");
  });

  it("findRegionByCode refuses a code that was never a 시·도 prefix", () => {
    try {
      findRegionByCode(regions, "99", "2024-01-01");
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toMatch(/^code: expected a 법정동 시·도 code \(one of "11", "12", .*"52"\), received "99"$/);
    }
  });

  it("findRegionByName matches full, short and English names (case-insensitive) in force on the date", () => {
    expect(findRegionByName(regions, "강원도", "2023-06-10")?.code).toBe("42");
    expect(findRegionByName(regions, "강원도", "2023-06-11")).toBeUndefined();
    expect(findRegionByName(regions, "gangwon state", "2023-06-11")?.code).toBe("51");
    expect(findRegionByName(regions, " 강원 ", "2023-06-11")?.code).toBe("51");
    expect(findRegionByName(regions, "광주특별시", "2026-07-01")?.code).toBe("12");
    expect(findRegionByName(regions, "Atlantis", "2026-07-01")).toBeUndefined();
  });
});

describe("Association membership (never guesses)", () => {
  const base: Membership = { memberId: "ulsan", joined: "2004", source: "001_d4d5ca49a03203d9.txt" };

  it("a join dated by year: not a member before the year, unknown within it, member from its last day", () => {
    expect(membershipStatus(base, "2003-12-31")).toBe("not-member");
    expect(membershipStatus(base, "2004-01-01")).toBe("unknown");
    expect(membershipStatus(base, "2004-12-30")).toBe("unknown");
    expect(membershipStatus(base, "2004-12-31")).toBe("member");
  });

  it("an undated join: not a member before notBefore, unknown until memberBy, member from memberBy", () => {
    const busan: Membership = { memberId: "busan", notBefore: "2000", memberBy: "2020-09-21", source: "001_d4d5ca49a03203d9.txt" };
    expect(membershipStatus(busan, "1999-12-31")).toBe("not-member");
    expect(membershipStatus(busan, "2000-01-01")).toBe("unknown");
    expect(membershipStatus(busan, "2020-09-20")).toBe("unknown");
    expect(membershipStatus(busan, "2020-09-21")).toBe("member");
    expect(membershipStatus({ memberId: "x", source: "s" }, "1900-01-01")).toBe("unknown");
  });

  it("memberBy settles a date inside the join year; leaving ends membership", () => {
    expect(membershipStatus({ ...base, memberBy: "2004-03-01" }, "2004-03-01")).toBe("member");
    const left: Membership = { ...base, left: "2010" };
    expect(membershipStatus(left, "2009-12-31")).toBe("member");
    expect(membershipStatus(left, "2010-06-30")).toBe("unknown");
    expect(membershipStatus(left, "2011-01-01")).toBe("not-member");
  });

  it("membersAsOf splits known from unknown in timeline order (source 001)", () => {
    expect(membersAsOf(association, "1997-12-31")).toEqual({ known: [], unknown: [] });
    expect(membersAsOf(association, "1998-12-31")).toEqual({ known: ["incheon", "gyeonggi", "chungnam", "gwangju", "daegu", "gyeongbuk"], unknown: [] });
    expect(membersAsOf(association, "2004-12-31").known).toHaveLength(12);
    expect(membersAsOf(association, "2004-12-31").unknown).toEqual(["busan", "pohang"]);
    expect(membersAsOf(association, "2005-06-30").unknown).toEqual(["seoul", "gyeonggi-daejin", "busan", "pohang", "daejeon"]);
    expect(membersAsOf(association, "2020-09-21")).toEqual({ known: association.members.map((m) => m.memberId), unknown: [] });
  });

  it("AssociationMembership and Association refuse inconsistent timelines", () => {
    expect(messagesOf(AssociationMembership.safeParse({ memberId: "jeju", joined: "2005", notBefore: "2010", source: "s" }))).toEqual([
      'joined: expected a join date not before notBefore 2010, received "2005"',
    ]);
    expect(messagesOf(AssociationMembership.safeParse({ memberId: "jeju", joined: "2010", memberBy: "2009-01-01", source: "s" }))).toEqual([
      'memberBy: expected a date on or after joined 2010, received "2009-01-01"',
    ]);
    expect(messagesOf(AssociationMembership.safeParse({ memberId: "jeju", joined: "2010", left: "2009", source: "s" }))).toEqual([
      'left: expected a date on or after joined 2010, received "2009"',
    ]);
    const duplicate = { ...association, members: [...association.members, association.members[0]] };
    expect(messagesOf(Association.safeParse(duplicate))).toEqual(['members.19.memberId: expected each member once, received "incheon" again']);
    const shifted = { ...association, names: [{ ...association.names![0]!, validFrom: "1998-03-01" }, ...association.names!.slice(1)] };
    expect(messagesOf(Association.safeParse(shifted))).toEqual(['names.0.validFrom: expected the first day of since 1998 (1998-01-01), received "1998-03-01"']);
  });
});

describe("entity invariants", () => {
  it("Technopark.regionCode must be the open-ended last regionCodes version", () => {
    const gangwon = technoparks.find((t) => t.id === "gangwon")!;
    expect(messagesOf(Technopark.safeParse({ ...gangwon, regionCode: "42" }))).toEqual([
      'regionCode: expected the code of the open-ended last regionCodes version ("51"), received "42"',
    ]);
    const ended = { ...gangwon, regionCodes: [gangwon.regionCodes[0], { ...gangwon.regionCodes[1]!, validTo: "2030-01-01" }] };
    expect(messagesOf(Technopark.safeParse(ended))).toEqual([
      'regionCode: expected the code of the open-ended last regionCodes version (none: the last version has ended), received "51"',
    ]);
  });

  it("Organization discriminates by kind and keeps each kind's name rule", () => {
    const city = Organization.parse({ id: "x-city", kind: "city", name: { ko: "가", en: "X" }, source: "s" });
    expect(city.kind).toBe("city");
    expect(Organization.safeParse({ id: "x-city", kind: "city", name: { ko: "가" }, source: "s" }).success).toBe(false);
    expect(Organization.safeParse({ id: "x-co", kind: "company", name: { ko: "가" }, source: "s" }).success).toBe(true);
    expect(Organization.safeParse({ id: "x-fp", kind: "foreign-partner", name: { en: "X" }, source: "s" }).success).toBe(true);
    expect(messagesOf(PartialName.safeParse({}))).toEqual([": expected at least one of ko, en"]);
    expect(Organization.safeParse({ id: "Bad Id", kind: "city", name: { ko: "가", en: "X" }, source: "s" }).success).toBe(false);
  });

  it("Location keeps 법정동 codes to Korea", () => {
    expect(messagesOf(Location.safeParse({ country: "UZ", regionCode: "11" }))).toEqual(["regionCode: regionCode is a Korean 법정동 code: only for country KR"]);
    expect(Location.safeParse({ country: "uz" }).success).toBe(false);
  });

  it("Agreement needs two distinct parties and a scope", () => {
    const haeoreum = agreements[0]!;
    expect(messagesOf(Agreement.safeParse({ ...haeoreum, parties: [haeoreum.parties[0], haeoreum.parties[0]] }))).toEqual([
      'parties.1.organizationId: expected each party once, received "ulsan-city" again',
    ]);
    expect(messagesOf(Agreement.safeParse({ ...haeoreum, parties: [haeoreum.parties[0]], scope: [] }))).toEqual([
      "parties: expected at least two parties",
      "scope: expected at least one scope item",
    ]);
  });

  it("Alliance members start on the day it was formed", () => {
    const haeoreum = alliances[0]!;
    expect(messagesOf(Alliance.safeParse({ ...haeoreum, formed: "2016-07-01" }))).toEqual([
      'members.0.validFrom: expected the first member set to start on formed 2016-07-01, received "2016-06-30"',
    ]);
  });

  it("Budget amounts are non-negative and executed is in the allocation's currency", () => {
    const budget = budgets[0]!;
    expect(Budget.safeParse({ ...budget, executed: money("950000000", "KRW") }).success).toBe(true);
    expect(messagesOf(Budget.safeParse({ ...budget, allocated: money("-1", "KRW"), executed: money("5", "USD") }))).toEqual([
      'allocated.amount: expected a non-negative amount, received "-1"',
      'executed.currency: expected the allocation\'s currency KRW, received "USD"',
    ]);
  });

  it("Event dates are ordered and results are counted after the start", () => {
    const inno = events[0]!;
    expect(messagesOf(Event.safeParse({ ...inno, endDate: "2023-10-16", reported: { ...inno.reported!, asOf: "2023-10-01" } }))).toEqual([
      'endDate: expected a date on or after startDate 2023-10-17, received "2023-10-16"',
      'reported.asOf: expected a date on or after startDate 2023-10-17, received "2023-10-01"',
    ]);
  });

  it("ExportDeal has one counterparty country or a group of countries, and a date or a span", () => {
    const deal = exportDeals[1]!;
    expect(messagesOf(ExportDeal.safeParse({ ...deal, counterparty: { ...deal.counterparty, countries: ["UZ"] } }))).toEqual([
      "counterparty.country: expected exactly one of country (one counterparty) or countries (a group)",
    ]);
    const { during: _during, ...undated } = deal;
    expect(messagesOf(ExportDeal.safeParse(undated))).toEqual(["date: expected exactly one of date or during"]);
    expect(messagesOf(ExportDeal.safeParse({ ...deal, during: { from: "2023-10-20", to: "2023-10-17" } }))).toEqual([
      'during.to: expected a date on or after 2023-10-20, received "2023-10-17"',
    ]);
    expect(ExportDeal.safeParse({ ...deal, term: "P" }).success).toBe(false);
    expect(ExportDeal.safeParse({ ...deal, term: "P18M" }).success).toBe(true);
  });

  it("MetricObservation values match the metric's kind", () => {
    const base = { id: "m", subject: { kind: "all-technoparks" }, period: "2018", source: "s" };
    expect(MetricObservation.safeParse({ ...base, metric: "tenant-companies", value: 2256 }).success).toBe(true);
    expect(messagesOf(MetricObservation.safeParse({ ...base, metric: "tenant-companies", value: 2.5 }))).toEqual([
      "value: expected a non-negative whole number for tenant-companies, received 2.5",
    ]);
    expect(messagesOf(MetricObservation.safeParse({ ...base, metric: "tenant-revenue", value: 1 }))).toEqual(["value: expected Money for tenant-revenue, received 1"]);
    expect(messagesOf(MetricObservation.safeParse({ ...base, metric: "tenant-revenue", value: money("-1", "KRW") }))).toEqual([
      'value.amount: expected a non-negative amount for tenant-revenue, received "-1"',
    ]);
    expect(messagesOf(MetricObservation.safeParse({ ...base, metric: "employment", value: money("1", "KRW") }))).toEqual([
      "value: expected a non-negative whole number for employment, received an object",
    ]);
    expect(MetricObservation.safeParse({ ...base, metric: "employment", period: "2018-Q5", value: 1 }).success).toBe(false);
  });

  it("Investment amounts are non-negative", () => {
    expect(messagesOf(Investment.safeParse({ ...investments[0], amount: money("-5", "KRW") }))).toEqual(['amount.amount: expected a non-negative amount, received "-5"']);
  });

  it("every support type has a bilingual label", () => {
    expect(Object.keys(supportTypeLabels).sort()).toEqual([...SupportType.values].sort());
    expect(Object.isFrozen(supportTypeLabels)).toBe(true);
  });
});
