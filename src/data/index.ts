/**
 * `technopark/data`: sourced reference records — the 19 technoparks, the association, regions,
 * alliances, agreements, programmes, INNO WEEK 2023 deals and national statistics.
 *
 * @packageDocumentation
 */
export {};
