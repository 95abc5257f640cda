import { programs, regions, technoparks } from "../data/index.js";
import { supportTypeLabels } from "../entities/index.js";
import { findRegionByCode } from "../entities/region-lookup.js";
import { asOf, asOfVersion } from "../time/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { OUTPUT_FORMATS, writeRows, type OutputFormat, type TableColumn } from "./output.js";

/** Help text of `technopark programs`. */
export const PROGRAMS_HELP = `Usage: technopark programs [--as-of YYYY-MM-DD] [--lang ko|en] [--format table|json|ndjson]

Lists the support programmes in technopark/data with the eligibility rule version in force on the date
(default: today in Asia/Seoul). Use an id with: technopark check --program <id> companies.csv
`;

/** Help text of `technopark technoparks`. */
export const TECHNOPARKS_HELP = `Usage: technopark technoparks [--as-of YYYY-MM-DD] [--lang ko|en] [--format table|json|ndjson]

Lists the technoparks founded by the date (default: today in Asia/Seoul), with their 시·도 and its
법정동 prefix as they stood on that date (강원도 42 → 강원특별자치도 51 on 2023-06-11, …).
`;

const LIST_OPTIONS = { "as-of": { type: "string" }, lang: { type: "string" }, format: { type: "string", short: "f" } } as const;

/**
 * `technopark programs`: the programmes and the rule version in force.
 * @internal
 */
export async function listPrograms(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("programs", argv, LIST_OPTIONS, { min: 0, max: 0, names: "" });
  if (values["help"] === true) {
    io.stdout.write(PROGRAMS_HELP);
    return 0;
  }
  const on = asOfFlag(values, io.today, "programs");
  const lang = choiceFlag(values, "lang", ["ko", "en"] as const, "ko", "programs");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "programs");
  const rows = programs.map((program) => {
    const version = asOfVersion(program.eligibility, on);
    return {
      id: program.id,
      name: program.name[lang],
      operator: program.operatorId,
      region: [program.regionCode, ...(program.sigungu ?? [])].filter((part) => part !== undefined).join(" "),
      rulesSince: version?.validFrom ?? (lang === "ko" ? "(시행 규칙 없음)" : "(no rule in force)"),
      support: program.supportTypes.map((type) => supportTypeLabels[type][lang]).join(", "),
      ...(program.confidence === undefined ? {} : { confidence: program.confidence }),
    };
  });
  const columns: TableColumn[] =
    lang === "ko"
      ? [
          { key: "id", title: "ID" },
          { key: "name", title: "사업명" },
          { key: "region", title: "지역" },
          { key: "rulesSince", title: `규칙 시행일(${on} 기준)` },
          { key: "support", title: "지원 내용" },
        ]
      : [
          { key: "id", title: "id" },
          { key: "name", title: "name" },
          { key: "region", title: "region" },
          { key: "rulesSince", title: `rules in force on ${on} since` },
          { key: "support", title: "support" },
        ];
  await writeRows(io.stdout, format, columns, rows);
  return 0;
}

/**
 * `technopark technoparks`: the technoparks with their region as of a date.
 * @internal
 */
export async function listTechnoparks(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs("technoparks", argv, LIST_OPTIONS, { min: 0, max: 0, names: "" });
  if (values["help"] === true) {
    io.stdout.write(TECHNOPARKS_HELP);
    return 0;
  }
  const on = asOfFlag(values, io.today, "technoparks");
  const lang = choiceFlag(values, "lang", ["ko", "en"] as const, "ko", "technoparks");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "technoparks");
  const year = Number(on.slice(0, 4));
  const rows = technoparks
    .filter((technopark) => technopark.founded <= year)
    .map((technopark) => {
      const code = asOf(technopark.regionCodes, on) ?? technopark.regionCode;
      const region = findRegionByCode(regions, code, on);
      return {
        id: technopark.id,
        name: technopark.name[lang],
        region: region?.name[lang] ?? "",
        regionCode: code,
        founded: technopark.founded,
        web: technopark.web ?? "",
      };
    });
  const columns: TableColumn[] =
    lang === "ko"
      ? [
          { key: "id", title: "ID" },
          { key: "name", title: "이름" },
          { key: "region", title: `시·도(${on})` },
          { key: "regionCode", title: "코드" },
          { key: "founded", title: "설립", right: true },
          { key: "web", title: "웹" },
        ]
      : [
          { key: "id", title: "id" },
          { key: "name", title: "name" },
          { key: "region", title: `region on ${on}` },
          { key: "regionCode", title: "code" },
          { key: "founded", title: "founded", right: true },
          { key: "web", title: "web" },
        ];
  await writeRows(io.stdout, format, columns, rows);
  return 0;
}
