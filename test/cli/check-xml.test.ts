import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs script without type declarations
import { checkXml } from "../../scripts/check-xml.mjs";

const check = checkXml as (xml: string) => void;

describe("the SVG well-formedness check used by scripts/run-examples.mjs", () => {
  it("accepts well-formed SVG with a declaration, comments, entities and self-closing tags", () => {
    expect(() => check('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><!-- c --><g><text x="1">a &amp; b &#8594;</text><rect/></g></svg>\n')).not.toThrow();
  });

  it.each([
    ["<svg><g></svg>", "</svg> closes <g>"],
    ['<svg a="1" a="2"/>', "duplicate attribute in <svg>"],
    ["<svg>&nbsp;</svg>", 'bad entity reference "&nbsp;"'],
    ["<svg><g/></svg><x/>", "expected one root element, found 2"],
    ["<svg x=1/>", 'malformed tag "<svg x=1/>"'],
    ["<svg>\n<g>", "unclosed <g>"],
    ["text<svg/>", "text outside the root element"],
  ])("refuses %j", (xml, message) => {
    expect(() => check(xml)).toThrow(message);
  });
});
