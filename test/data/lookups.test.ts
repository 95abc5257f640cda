import { describe, expect, it } from "vitest";
import { isTechnoparkError } from "../../src/index.js";
import {
  associationMembersAsOf,
  organizationById,
  programById,
  regionByCode,
  regionByName,
  technoparkById,
  technoparksByRegion,
} from "../../src/data/index.js";

const TODAY = "2026-11-25";

describe("regionByCode / regionByName around the dated changes", () => {
  it("강원도 → 강원특별자치도 on 2023-06-11 (42 → 51)", () => {
    expect(regionByCode("42", "2023-06-10")).toMatchObject({ id: "gangwon", name: { ko: "강원도" }, iso: "KR-42" });
    expect(regionByCode("42", "2023-06-11")).toBeUndefined();
    expect(regionByCode("51", "2023-06-10")).toBeUndefined();
    expect(regionByCode("51", "2023-06-11")).toMatchObject({ id: "gangwon", name: { ko: "강원특별자치도", en: "Gangwon State" }, iso: "KR-42" });
    expect(regionByName("강원도", "2023-06-10")?.code).toBe("42");
    expect(regionByName("강원특별자치도", "2023-06-10")).toBeUndefined();
    expect(regionByName("강원특별자치도", "2023-06-11")?.code).toBe("51");
  });

  it("전라북도 → 전북특별자치도 on 2024-01-18 (45 → 52)", () => {
    expect(regionByCode("45", "2024-01-17")?.name.ko).toBe("전라북도");
    expect(regionByCode("45", "2024-01-18")).toBeUndefined();
    expect(regionByCode("52", "2024-01-18")).toMatchObject({ name: { ko: "전북특별자치도" }, iso: "KR-45" });
    expect(regionByName("Jeonbuk State", "2024-01-18")?.code).toBe("52");
    expect(regionByName("North Jeolla Province", "2024-01-17")?.code).toBe("45");
  });

  it("광주 + 전남 → 전남광주통합특별시 on 2026-07-01 (29, 46 → 12)", () => {
    expect(regionByCode("29", "2026-06-30")?.name.ko).toBe("광주광역시");
    expect(regionByCode("46", "2026-06-30")?.name.ko).toBe("전라남도");
    expect(regionByCode("12", "2026-06-30")).toBeUndefined();
    expect(regionByCode("29", "2026-07-01")).toBeUndefined();
    expect(regionByCode("46", "2026-07-01")).toBeUndefined();
    const merged = regionByCode("12", "2026-07-01");
    expect(merged).toMatchObject({ id: "jeonnam-gwangju", name: { ko: "전남광주통합특별시" }, kind: "integrated-special-city" });
    expect(merged?.iso).toBeUndefined();
    expect(regionByName("광주", "2026-06-30")?.code).toBe("29");
    expect(regionByName("광주특별시", TODAY)?.code).toBe("12");
  });

  it("the ISO 3166-2 trap: Jeju is KR-49 (prefix 50), Sejong KR-50 (prefix 36)", () => {
    expect(regionByCode("50", TODAY)).toMatchObject({ id: "jeju", iso: "KR-49" });
    expect(regionByCode("36", TODAY)).toMatchObject({ id: "sejong", iso: "KR-50" });
    expect(regionByName("제주도", "2006-06-30")).toMatchObject({ code: "50", iso: "KR-49" });
    expect(regionByName("제주도", "2006-07-01")).toBeUndefined();
    expect(regionByCode("36", "2012-06-30")).toBeUndefined();
  });

  it("accepts a Date read in Seoul and refuses an impossible date or code with VALIDATION", () => {
    expect(regionByCode("51", new Date("2023-06-10T15:00:00Z"))?.name.ko).toBe("강원특별자치도");
    expect(regionByCode("42", new Date("2023-06-10T14:59:59Z"))?.name.ko).toBe("강원도");
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return isTechnoparkError(error) ? `${error.code}: ${error.message}` : "foreign";
      }
      return "none";
    };
    expect(codeOf(() => regionByCode("51", "2023-02-30"))).toBe('VALIDATION: on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"');
    expect(codeOf(() => regionByCode("99", TODAY))).toMatch(/^VALIDATION: code: expected a 법정동 시·도 code .*received "99"$/);
  });
});

describe("id lookups", () => {
  it("technoparkById, organizationById and programById", () => {
    expect(technoparkById("gyeonggi-daejin")).toMatchObject({ name: { ko: "경기대진테크노파크" }, founded: 2005, seat: { sigungu: "포천시" } });
    expect(technoparkById("kicox")).toBeUndefined();
    expect(organizationById("kicox")).toMatchObject({ kind: "support-agency", name: { ko: "한국산업단지공단" } });
    expect(organizationById("korea-technopark-association")?.kind).toBe("association");
    expect(organizationById("gyeongbuk")?.kind).toBe("technopark");
    expect(organizationById("nowhere")).toBeUndefined();
    expect(programById("yeongcheon-innovative-technology")?.name.ko).toBe("영천시 중소기업 혁신기술개발 지원사업");
    expect(programById("nowhere")).toBeUndefined();
  });
});

describe("associationMembersAsOf (source 001; unknown rather than guessed)", () => {
  it("on 2004-12-31: 12 known members and 2 unknown (Busan, Pohang) — 14 in all", () => {
    const { known, unknown } = associationMembersAsOf("2004-12-31");
    expect(known).toEqual(["incheon", "gyeonggi", "chungnam", "gwangju", "daegu", "gyeongbuk", "gangwon", "chungbuk", "jeonbuk", "jeonnam", "ulsan", "gyeongnam"]);
    expect(unknown).toEqual(["busan", "pohang"]);
    expect(known.length + unknown.length).toBe(14);
  });

  it("by the article's date all 19 are known members", () => {
    expect(associationMembersAsOf("2020-09-21")).toMatchObject({ unknown: [] });
    expect(associationMembersAsOf("2020-09-21").known).toHaveLength(19);
    expect(associationMembersAsOf("2019-06-30").unknown).toEqual(["busan", "pohang", "daejeon", "jeju", "sejong"]);
  });
});

describe("technoparksByRegion", () => {
  it("prints the 19 technoparks grouped by region as of today (2026-11-25)", () => {
    const lines = technoparksByRegion(TODAY).map(({ region, technoparks }) => `${region.code} ${region.name.ko}: ${technoparks.map((tp) => tp.name.ko).join(", ")}`);
    expect(lines).toEqual([
      "11 서울특별시: 서울테크노파크",
      "12 전남광주통합특별시: 광주테크노파크, 전남테크노파크",
      "26 부산광역시: 부산테크노파크",
      "27 대구광역시: 대구테크노파크",
      "28 인천광역시: 인천테크노파크",
      "30 대전광역시: 대전테크노파크",
      "31 울산광역시: 울산테크노파크",
      "36 세종특별자치시: 세종테크노파크",
      "41 경기도: 경기테크노파크, 경기대진테크노파크",
      "43 충청북도: 충북테크노파크",
      "44 충청남도: 충남테크노파크",
      "47 경상북도: 경북테크노파크, 포항테크노파크",
      "48 경상남도: 경남테크노파크",
      "50 제주특별자치도: 제주테크노파크",
      "51 강원특별자치도: 강원테크노파크",
      "52 전북특별자치도: 전북테크노파크",
    ]);
    expect(technoparksByRegion(TODAY).reduce((n, g) => n + g.technoparks.length, 0)).toBe(19);
  });

  it("uses the codes in force on the date and leaves out technoparks not yet founded or designated", () => {
    const codes = (on: string) => technoparksByRegion(on).map(({ region, technoparks }) => `${region.code}:${technoparks.map((t) => t.id).join("+")}`);
    expect(codes("2020-01-01")).toContain("29:gwangju");
    expect(codes("2020-01-01")).toContain("46:jeonnam");
    expect(codes("2020-01-01")).toContain("42:gangwon");
    expect(codes("2020-01-01")).toContain("45:jeonbuk");
    expect(codes("2018-11-27").some((line) => line.includes("sejong"))).toBe(false);
    expect(codes("2018-11-28")).toContain("36:sejong");
    expect(technoparksByRegion("2004-12-31").reduce((n, g) => n + g.technoparks.length, 0)).toBe(14);
    expect(technoparksByRegion("1994-12-31")).toEqual([]);
  });
});
