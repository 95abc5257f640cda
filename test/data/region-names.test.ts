import { describe, expect, it } from "vitest";
import { regionByName, regionBySigungu, regions, sigungu } from "../../src/data/index.js";
import { sigunguRegionsAsOf } from "../../src/data/lookups.js";
import { SIGUNGU_NAMES } from "../../src/data/sigungu-names.js";

describe("regions by name as of a date (issue 15)", () => {
  it.each(["경상북도", "경북", "경북도", "North Gyeongsang Province", "gyeongbuk"])("%s → 47", (name) => {
    expect(regionByName(name, "2024-05-01")?.code).toBe("47");
  });

  it("강원도 → 42 before 2023-06-11, 강원특별자치도 → 51 from then", () => {
    expect(regionByName("강원도", "2023-06-10")?.code).toBe("42");
    expect(regionByName("강원특별자치도", "2023-06-11")?.code).toBe("51");
    expect(regionByName("강원", "2023-06-10")?.code).toBe("42");
    expect(regionByName("강원", "2023-06-11")?.code).toBe("51");
  });

  it("전라북도 / 전북도 → 45 before 2024-01-18, 전북특별자치도 / 전북도 → 52 from then", () => {
    expect(regionByName("전북도", "2024-01-17")?.code).toBe("45");
    expect(regionByName("전북도", "2024-01-18")?.code).toBe("52");
    expect(regionByName("전북특별자치도", "2024-01-18")?.code).toBe("52");
  });

  it.each([
    ["충북도", "43"],
    ["충남도", "44"],
    ["전남도", "46"],
    ["경남도", "48"],
  ])("the colloquial %s → %s", (name, code) => {
    expect(regionByName(name, "2024-05-01")?.code).toBe(code);
  });
});

describe("regionBySigungu", () => {
  it.each([
    ["영천시", "2024-05-01", "47"],
    ["포항시", "2024-05-01", "47"],
    ["강남구", "2024-05-01", "11"],
    ["춘천시", "2023-06-10", "42"],
    ["춘천시", "2023-06-11", "51"],
    ["전주시", "2024-01-17", "45"],
    ["전주시", "2024-01-18", "52"],
    ["군위군", "2023-06-30", "47"],
    ["군위군", "2023-07-01", "27"],
    ["미추홀구", "2018-07-01", "28"],
    ["광주시", "2024-05-01", "41"],
    ["광산구", "2026-07-01", "12"],
  ])("%s on %s → %s", (name, on, code) => {
    expect(regionBySigungu(name, on)?.code).toBe(code);
  });

  it.each([["중구"], ["동구"], ["서구"], ["남구"], ["북구"], ["강서구"], ["고성군"]])("does not guess the shared name %s", (name) => {
    expect(regionBySigungu(name, "2024-05-01")).toBeUndefined();
    expect(sigunguRegionsAsOf(name, "2024-05-01").length).toBeGreaterThan(1);
  });

  it("gives nothing for a name that is not a 시·군·구 on the date", () => {
    expect(regionBySigungu("미추홀구", "2018-06-30")).toBeUndefined();
    expect(regionBySigungu("남구", "2018-06-30")).toBeUndefined(); // also in 부산, 대구, 광주, 울산
    expect(regionBySigungu("경상북도", "2024-05-01")).toBeUndefined();
    expect(regionBySigungu("", "2024-05-01")).toBeUndefined();
    expect(sigunguRegionsAsOf("영도구", "2024-05-01").map((region) => region.id)).toEqual(["busan"]);
  });

  it("refuses a name that is not a string and a bad date with VALIDATION", () => {
    expect(() => regionBySigungu(5 as never, "2024-05-01")).toThrow("name: expected a 시·군·구 name (string), received 5");
    expect(() => regionBySigungu("영천시", "2024-13-01")).toThrow(/^on: /);
  });

  it("agrees with every sigungu record and names only known regions", () => {
    for (const record of sigungu) {
      expect(Object.keys(SIGUNGU_NAMES).filter((id) => SIGUNGU_NAMES[id]!.includes(record.name.ko))).toContain(record.regionId);
    }
    const ids = new Set(regions.map((region) => region.id));
    for (const id of Object.keys(SIGUNGU_NAMES)) expect(ids.has(id)).toBe(true);
    // 226 자치 시·군·구 in 2024 (69 자치구, 75 시, 82 군), plus Jeju's two 행정시
    const count = Object.keys(SIGUNGU_NAMES).reduce((sum, id) => sum + sigunguRegionsCount(id, "2024-05-01"), 0);
    expect(count).toBe(226 + 2);
    expect(SIGUNGU_NAMES["jeju"]).toEqual(["제주시", "서귀포시"]);
  });
});

function sigunguRegionsCount(id: string, day: string): number {
  return SIGUNGU_NAMES[id]!.filter((entry) => typeof entry === "string" || ((entry[1] === undefined || entry[1] <= day) && (entry[2] === undefined || day < entry[2]))).length;
}
