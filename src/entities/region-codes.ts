/**
 * Every 2-digit 법정동 시·도 prefix this library knows, past and present: 11 Seoul, 26 Busan, 27 Daegu,
 * 28 Incheon, 29 Gwangju (until 2026-07-01), 30 Daejeon, 31 Ulsan, 36 Sejong, 41 Gyeonggi, 42 Gangwon
 * (until 2023-06-11), 43 Chungbuk, 44 Chungnam, 45 Jeonbuk (until 2024-01-18), 46 Jeonnam (until
 * 2026-07-01), 47 Gyeongbuk, 48 Gyeongnam, 50 Jeju, 51 Gangwon (from 2023-06-11), 52 Jeonbuk (from
 * 2024-01-18) and 12 전남광주통합특별시 (from 2026-07-01; unconfirmed). Which code is in force on a date is
 * answered by the region versions, not by this list.
 *
 * @category Entities
 * @example
 * ```ts
 * import { REGION_CODES } from "technopark";
 * REGION_CODES.includes("51"); // true
 * ```
 */
export const REGION_CODES = /* @__PURE__ */ Object.freeze([
  "11", "12", "26", "27", "28", "29", "30", "31", "36", "41", "42", "43", "44", "45", "46", "47", "48", "50", "51", "52",
] as const);
