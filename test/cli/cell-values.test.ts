import { describe, expect, it } from "vitest";
import { booleanCell, dateCell, isCellError, moneyCell, numberCell, textCell } from "../../src/cli/cell-values.js";
import { companyAlias, headerKey } from "../../src/cli/column-aliases.js";
import { columnLetter } from "../../src/cli/xlsx.js";

describe("cells as people type them", () => {
  it.each([
    ["2016-03-02", "2016-03-02"],
    ["2016.3.2", "2016-03-02"],
    ["2016. 3. 2.", "2016-03-02"],
    ["2016/03/02", "2016-03-02"],
    ["20160302", "2016-03-02"],
    ["2016년 3월 2일", "2016-03-02"],
    ["2016.2.30", "2016.2.30"],
    ["어제", "어제"],
  ])("date %j → %j", (cell, expected) => {
    expect(dateCell(cell)).toBe(expected);
  });

  it("reads Excel dates and day numbers, dropping a time of day", () => {
    expect(dateCell(new Date(Date.UTC(2016, 2, 2)))).toBe("2016-03-02");
    expect(dateCell(new Date(Date.UTC(2016, 2, 1, 23, 59, 59, 999)))).toBe("2016-03-02");
    expect(dateCell(new Date(Date.UTC(2016, 2, 2, 15)))).toBe("2016-03-02");
    expect(dateCell(42431)).toBe("2016-03-02");
    expect(dateCell(1.5)).toBe(1.5);
    expect(textCell(new Date(Date.UTC(2020, 0, 5)))).toBe("2020-01-05");
  });

  it("reads counts, yes/no and codes typed as numbers", () => {
    expect(numberCell("1,234")).toBe(1234);
    expect(numberCell("12명")).toBe(12);
    expect(numberCell(" 29.5 ")).toBe(29.5);
    expect(numberCell("많음")).toBe("많음");
    expect(booleanCell("예")).toBe(true);
    expect(booleanCell("아니오")).toBe(false);
    expect(booleanCell("O")).toBe(true);
    expect(booleanCell(0)).toBe(false);
    expect(booleanCell("글쎄")).toBe("글쎄");
    expect(textCell(29)).toBe("29");
    expect(textCell(1e21)).toBe("1000000000000000000000");
    expect(textCell(true)).toBe("TRUE");
  });

  it("reads money through parseKrw, in the header's unit for plain numbers, and refuses the rest", () => {
    expect(moneyCell("80억", "", "ko")).toEqual({ amount: "8000000000", currency: "KRW" });
    expect(moneyCell(1250, "백만", "ko")).toEqual({ amount: "1250000000", currency: "KRW" });
    expect(moneyCell("1,250", "백만", "ko")).toEqual({ amount: "1250000000", currency: "KRW" });
    expect(moneyCell("12.5", "억", "ko")).toEqual({ amount: "1250000000", currency: "KRW" });
    expect(moneyCell("6,500,000 usd", "", "en")).toEqual({ amount: "6500000", currency: "USD" });
    let error: unknown;
    try {
      moneyCell(1.5, "", "en");
    } catch (caught) {
      error = caught;
    }
    expect(isCellError(error)).toBe(true);
    expect((error as { code: string }).code).toBe("VALIDATION");
    expect(() => moneyCell(true, "", "en")).toThrow('"TRUE" is not an amount');
    expect(() => moneyCell(Number.NaN, "", "ko")).toThrow('"NaN"은(는) 금액으로 읽을 수 없습니다');
  });
});

describe("headers as people write them", () => {
  it.each([
    ["상시근로자 수", "regularWorkers"],
    ["상시 근로자수", "regularWorkers"],
    ["시·도", "location.regionCode"],
    ["시/도", "location.regionCode"],
    ["매출액(백만원)", "averageRevenue"],
    ["직전 사업연도 매출액", "previousYearRevenue"],
    ["직전년도 매출액", "previousYearRevenue"],
    ["KSIC", "ksic"],
    ["Name", "name.ko"],
    ["대표자 생년월일", "representative.birthDate"],
    ["비고", undefined],
  ])("%s → %s", (header, path) => {
    expect(companyAlias(header)).toBe(path);
  });

  it("sets a unit in brackets aside", () => {
    expect(headerKey("매출액 (백만원)")).toEqual({ key: "매출액", unit: "백만" });
    expect(headerKey("자산총액(원)")).toEqual({ key: "자산총액", unit: "" });
    expect(headerKey("상시근로자(명)")).toEqual({ key: "상시근로자" });
  });

  it("names spreadsheet columns", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
});
