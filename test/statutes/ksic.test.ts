import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ksicDivision, ksicSection, ksicSections, type KsicSection } from "../../src/index.js";

function thrown(run: () => unknown): { code: unknown; message: unknown; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path: unknown };
    return { code, message, path };
  }
  throw new Error("expected a throw");
}

const DIVISIONS = "01–03, 05–08, 10–34, 35, 36–39, 41–42, 45–47, 49–52, 55–56, 58–63, 64–66, 68, 70–73, 74–76, 84, 85, 86–87, 90–91, 94–96, 97–98, 99";

describe("한국표준산업분류 (KSIC, 10th revision): sections and divisions", () => {
  it("has 21 sections A–U in order, with 77 divisions that do not overlap", () => {
    expect(ksicSections.map((section) => section.letter).join("")).toBe("ABCDEFGHIJKLMNOPQRSTU");
    let count = 0;
    let previous = "00";
    for (const { divisions } of ksicSections) {
      expect(divisions.from > previous).toBe(true);
      expect(divisions.to >= divisions.from).toBe(true);
      count += Number(divisions.to) - Number(divisions.from) + 1;
      previous = divisions.to;
    }
    expect(count).toBe(77);
  });

  it("한국표준산업분류: C manufacturing is divisions 10–34", () => {
    expect(ksicSections.find((section) => section.letter === "C")).toEqual({
      letter: "C",
      divisions: { from: "10", to: "34" },
      name: { ko: "제조업", en: "Manufacturing" },
    });
  });

  it.each([
    ["01", "A"], ["03", "A"], ["05", "B"], ["08", "B"], ["10", "C"], ["34", "C"], ["35", "D"], ["36", "E"], ["39", "E"],
    ["41", "F"], ["42", "F"], ["45", "G"], ["47", "G"], ["49", "H"], ["52", "H"], ["55", "I"], ["56", "I"], ["58", "J"],
    ["63", "J"], ["64", "K"], ["66", "K"], ["68", "L"], ["70", "M"], ["73", "M"], ["74", "N"], ["76", "N"], ["84", "O"],
    ["85", "P"], ["86", "Q"], ["87", "Q"], ["90", "R"], ["91", "R"], ["94", "S"], ["96", "S"], ["97", "T"], ["98", "T"], ["99", "U"],
  ] as const)("한국표준산업분류: division %s is in section %s", (division, section) => {
    expect(ksicSection(division)).toBe(section);
    expect(ksicSection(`${section}${division}`)).toBe(section);
    expect(ksicSection(`${division}123`)).toBe(section);
    expect(ksicDivision(`${section}${division}1`)).toBe(division);
  });

  it("accepts 2 to 5 digits with or without the section letter", () => {
    expect(ksicSection("29")).toBe("C");
    expect(ksicSection("291")).toBe("C");
    expect(ksicSection("2919")).toBe("C");
    expect(ksicSection("29199")).toBe("C");
    expect(ksicSection("C29199")).toBe("C");
    expect(ksicDivision("C29199")).toBe("29");
    expect(ksicDivision("62010")).toBe("62");
  });

  it("a section letter that contradicts the digits throws VALIDATION", () => {
    expect(thrown(() => ksicSection("A29"))).toEqual({
      code: "VALIDATION",
      message: 'code: expected a section letter matching division 29, which is in section C, not A, received "A29"',
      path: ["code"],
    });
    expect(thrown(() => ksicDivision("G62010")).code).toBe("VALIDATION");
  });

  it.each(["04", "09", "40", "43", "44", "48", "53", "54", "57", "67", "69", "77", "83", "88", "89", "92", "93", "00"])(
    "division %s does not exist and throws VALIDATION",
    (division) => {
      expect(thrown(() => ksicSection(division))).toEqual({
        code: "VALIDATION",
        message: `code: expected a KSIC code whose first two digits are a KSIC division (${DIVISIONS}); "${division}" is not a division, received "${division}"`,
        path: ["code"],
      });
    },
  );

  it.each([
    ["", '""'],
    ["C", '"C"'],
    ["2", '"2"'],
    ["291991", '"291991"'],
    ["c29", '"c29"'],
    ["C-29", '"C-29"'],
    [29, "29"],
    [undefined, "undefined"],
  ])("%j is not a KSIC code and throws VALIDATION", (code, received) => {
    expect(thrown(() => ksicSection(code as never))).toEqual({
      code: "VALIDATION",
      message: `code: expected a KSIC code of 2 to 5 digits, optionally after its section letter (e.g. "29", "29199" or "C29199"), received ${received}`,
      path: ["code"],
    });
  });

  it("한국표준산업분류: every code of a known division maps to the section whose range holds it (property)", () => {
    const divisions = ksicSections.flatMap((section) =>
      Array.from({ length: Number(section.divisions.to) - Number(section.divisions.from) + 1 }, (_, i) => [
        String(Number(section.divisions.from) + i).padStart(2, "0"),
        section.letter,
      ] as const),
    );
    fc.assert(
      fc.property(fc.constantFrom(...divisions), fc.stringMatching(/^\d{0,3}$/), fc.boolean(), ([division, letter], rest, prefixed) => {
        const code = `${prefixed ? letter : ""}${division}${rest}`;
        expect(ksicSection(code)).toBe<KsicSection>(letter);
        expect(ksicDivision(code)).toBe(division);
      }),
      { numRuns: 200 },
    );
  });
});
