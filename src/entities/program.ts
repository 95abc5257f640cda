import { z } from "zod";
import { RuleSchema } from "../rules/rule-schema.js";
import { VersionHistory } from "../time/versioned-schema.js";
import { BilingualText } from "./bilingual.js";
import { EntityId, RegionCode } from "./codes.js";
import { PartialDate } from "./partial-date.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the kinds of support a programme gives (the Yeongcheon programmes' menus, the 2024 Seoul
 * south-west agreement's roles). Labels in both languages are in {@link supportTypeLabels}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { SupportType } from "technopark/schemas";
 * SupportType.parse("testing-certification");
 * ```
 */
export const SupportType = /* @__PURE__ */ (() => z
  .literal([
    "process-improvement-rnd",
    "prototype-development",
    "process-improvement-on-site",
    "prototype-production",
    "marketing",
    "scale-up-rnd",
    "prototype-commercialisation",
    "testing-certification",
    "patent-application",
    "export-logistics",
    "startup-discovery",
    "settlement-support",
    "administrative-financial-support",
    "growth-support",
    "commercialisation-funding",
    "mentoring-education",
    "rnd-grant",
    "consulting",
    "technical-support",
    "office-space",
  ])
  .meta({ id: "SupportType", description: "Kind of support a programme gives" }))();
/**
 * A kind of support.
 *
 * @category Entities
 */
export type SupportType = z.output<typeof SupportType>;

/**
 * Korean and English labels of every {@link SupportType}, in the words of the sources (002, 003).
 *
 * @category Entities
 * @example
 * ```ts
 * import { supportTypeLabels } from "technopark/schemas";
 * supportTypeLabels["export-logistics"].ko; // "수출물류비 지원"
 * ```
 */
export const supportTypeLabels: Readonly<Record<SupportType, BilingualText>> = /* @__PURE__ */ (() => Object.freeze({
  "process-improvement-rnd": { ko: "공정개선형 기술개발", en: "Process-improvement R&D" },
  "prototype-development": { ko: "시제품 개발", en: "Prototype development" },
  "process-improvement-on-site": { ko: "공정개선형 기술 현장적용", en: "On-site application of process improvements" },
  "prototype-production": { ko: "시제품 제작", en: "Prototype production" },
  marketing: { ko: "마케팅", en: "Marketing" },
  "scale-up-rnd": { ko: "Scale-up R&D", en: "Scale-up R&D" },
  "prototype-commercialisation": { ko: "시제품 상용화", en: "Prototype commercialisation" },
  "testing-certification": { ko: "시험·인증", en: "Testing and certification" },
  "patent-application": { ko: "특허출원", en: "Patent application" },
  "export-logistics": { ko: "수출물류비 지원", en: "Export logistics costs" },
  "startup-discovery": { ko: "예비·초기 창업기업 발굴 및 육성", en: "Discovering and growing pre- and early-stage start-ups" },
  "settlement-support": { ko: "창업기업 지역 정주 여건 조성", en: "Conditions for start-ups to settle locally" },
  "administrative-financial-support": { ko: "행·재정 지원", en: "Administrative and financial support" },
  "growth-support": { ko: "도약 단계 창업기업 성장지원", en: "Growth support for leap-stage start-ups" },
  "commercialisation-funding": { ko: "사업화 자금", en: "Commercialisation funding" },
  "mentoring-education": { ko: "창업 교육·멘토링", en: "Start-up education and mentoring" },
  "rnd-grant": { ko: "기술개발(R&D) 자금", en: "R&D grant" },
  consulting: { ko: "컨설팅", en: "Consulting" },
  "technical-support": { ko: "기술지원", en: "Technical support" },
  "office-space": { ko: "사무공간", en: "Office space" },
}))();

/**
 * Schema of a programme's policy on how many programmes one company may apply for: `limited` (with the
 * maximum where a source gives it) or `unlimited`.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ApplicationLimit } from "technopark/schemas";
 * ApplicationLimit.parse({ kind: "unlimited", description: { ko: "프로그램 신청 제한 없음", en: "No limit on applications" } });
 * ```
 */
export const ApplicationLimit = /* @__PURE__ */ (() => z
  .discriminatedUnion("kind", [
    z.object({
      /** Discriminator: always `"limited"`. */
      kind: z.literal("limited"),
      /** Maximum number of programmes per company, where a source gives it. */
      maxApplications: z.number().int().positive().optional().describe("Maximum number of programmes per company, where a source gives it"),
      /** The policy in words. */
      description: BilingualText,
    }),
    z.object({
      /** `unlimited`: no limit on applications. */
      kind: z.literal("unlimited"),
      /** The policy in words. */
      description: BilingualText,
    }),
  ])
  .meta({ id: "ApplicationLimit", description: "How many programmes one company may apply for" }))();
/**
 * A programme's application-limit policy.
 *
 * @category Entities
 */
export type ApplicationLimit = z.output<typeof ApplicationLimit>;

/**
 * Schema of one call for applications (공고) of a programme: announcement date, application period (both days
 * inclusive), the date its facts are judged at (`announcement`: the 공고일; `application-deadline`: the 접수
 * 마감일), the track and, for a track with its own conditions, its rule; sourced like every record.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ProgramRound } from "technopark/schemas";
 * ProgramRound.parse({
 *   id: "2026-general", track: "general", announcedOn: "2026-01-22",
 *   applicationPeriod: { from: "2026-01-23", to: "2026-02-13" }, referenceDate: "announcement",
 *   source: "https://portal2.inbusiness.kr/small_detail.php?pbno=kStartUp_176019",
 * });
 * ```
 */
export const ProgramRound = /* @__PURE__ */ (() => z
  .object({
    /** Stable id within the programme, e.g. `2026-general`. */
    id: EntityId,
    /** The track (유형) the round recruits for. */
    track: EntityId.optional().describe("The track (유형) the round recruits for"),
    /** The round's name, where it has one of its own. */
    name: BilingualText.optional().describe("The round's name"),
    /** The announcement date (모집공고일). */
    announcedOn: IsoDate.describe("The announcement date (모집공고일)"),
    /** The application period (접수 기간), both days inclusive. */
    applicationPeriod: z
      .object({
        /** First day applications are taken. */
        from: IsoDate,
        /** Last day applications are taken (접수 마감일). */
        to: IsoDate,
      })
      .refine((period) => period.from <= period.to, { message: "expected from on or before to", path: ["to"] })
      .describe("The application period (접수 기간), both days inclusive"),
    /** Which date the announcement judges facts at. */
    referenceDate: z.literal(["announcement", "application-deadline"]).describe("announcement: the 공고일; application-deadline: the 접수 마감일"),
    /** The round's own rule (a track's conditions); absent: the programme's rule in force on announcedOn. */
    eligibility: RuleSchema.optional().describe("The round's own rule; absent: the programme's rule in force on announcedOn"),
    ...Provenance.shape,
  })
  .meta({ id: "ProgramRound", description: "A call for applications (공고) of a programme" }))();
/**
 * A call for applications (공고) of a programme.
 *
 * @category Entities
 */
export type ProgramRound = z.output<typeof ProgramRound>;

/**
 * Schema of an SME support programme: operator, funders, region, support types, effective-dated eligibility
 * rules (validated as a version history of {@link RuleSchema}) and the application limit as dated policy.
 * A programme reconstructed from an agreement rather than announced as such carries `model: true` and
 * `confidence: "unconfirmed"`.
 *
 * @category Entities
 * @example
 * ```ts
 * import { SupportProgram } from "technopark/schemas";
 * SupportProgram.parse({
 *   id: "example", name: { ko: "예시사업", en: "Example programme" }, operatorId: "gyeongbuk",
 *   funderIds: ["yeongcheon-city"], regionCode: "47", supportTypes: ["marketing"],
 *   eligibility: [{ validFrom: "2019-01-01", value: { fact: "company.location.sigungu", op: "eq", value: "영천시" } }],
 *   source: "002_9ba27e7115588f78.txt",
 * });
 * ```
 */
export const SupportProgram = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Name in Korean and English. */
    name: BilingualText,
    /** Organization that runs the programme. */
    operatorId: EntityId.describe("Organization that runs the programme"),
    /** Unit of the operator that runs it. */
    operatorUnit: BilingualText.optional().describe("Unit of the operator that runs it"),
    /** Organizations that fund it. */
    funderIds: z.array(EntityId).describe("Organizations that fund it"),
    /** 법정동 prefix of the 시·도 it serves. */
    regionCode: RegionCode.optional().describe("법정동 prefix of the 시·도 it serves"),
    /** 시·군·구 it serves. */
    sigungu: z.array(z.string().min(1)).optional().describe("시·군·구 it serves"),
    /** Kinds of support given. */
    supportTypes: z.array(SupportType).min(1, "expected at least one support type"),
    /** Eligibility rules over time. */
    eligibility: VersionHistory(RuleSchema).min(1, "expected at least one rule version").describe("Eligibility rules over time"),
    /** The calls for applications (공고), each judged at its own reference date. */
    rounds: z.array(ProgramRound).optional().describe("The calls for applications (공고), each judged at its own reference date"),
    /** Application-limit policy over time. */
    applicationLimit: VersionHistory(ApplicationLimit).optional().describe("Application-limit policy over time"),
    /** When the programme started. */
    since: PartialDate.optional().describe("When the programme started"),
    /** True when the programme is modelled from an agreement rather than announced. */
    model: z.boolean().optional().describe("True when the programme is modelled from an agreement rather than announced"),
    /** The agreement it is modelled on or carried out under. */
    agreementId: EntityId.optional().describe("The agreement it is modelled on or carried out under"),
    ...Provenance.shape,
  })
  .meta({ id: "SupportProgram", description: "An SME support programme with effective-dated eligibility" }))();
/**
 * An SME support programme.
 *
 * @category Entities
 */
export type SupportProgram = z.output<typeof SupportProgram>;
