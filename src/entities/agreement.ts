import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { BilingualText } from "./bilingual.js";
import { CountryCode, EntityId } from "./codes.js";
import { PartialName } from "./organization-base.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the kind of an agreement: a memorandum of understanding between two or three bodies, the
 * founding pact of an alliance, or a multi-party agreement.
 *
 * @category Entities
 * @example
 * ```ts
 * import { AgreementKind } from "technopark/schemas";
 * AgreementKind.parse("multi-party-agreement");
 * ```
 */
export const AgreementKind = /* @__PURE__ */ (() => z
  .literal(["mou", "alliance", "multi-party-agreement"])
  .meta({ id: "AgreementKind", description: "mou, alliance or multi-party-agreement" }))();
/**
 * The kind of an agreement.
 *
 * @category Entities
 */
export type AgreementKind = z.output<typeof AgreementKind>;

/**
 * Schema of the role a party takes in an agreement. For the 2024 Seoul south-west agreement: universities
 * `discover-and-grow-early-startups` (예비·초기 창업기업 발굴·육성), districts
 * `settlement-and-administrative-support` (정주 여건·행재정 지원), agencies `leap-stage-growth-support` (도약
 * 단계 성장지원).
 *
 * @category Entities
 * @example
 * ```ts
 * import { PartyRole } from "technopark/schemas";
 * PartyRole.parse("leap-stage-growth-support");
 * ```
 */
export const PartyRole = /* @__PURE__ */ (() => z
  .literal([
    "member-city",
    "cooperation-partner",
    "discover-and-grow-early-startups",
    "settlement-and-administrative-support",
    "leap-stage-growth-support",
    "exporter",
    "research-partner",
  ])
  .meta({ id: "PartyRole", description: "Role of a party in an agreement" }))();
/**
 * The role a party takes in an agreement.
 *
 * @category Entities
 */
export type PartyRole = z.output<typeof PartyRole>;

/**
 * Schema of one party to an agreement: the organization, its role (a code and the words of the source) and,
 * where reported, who signed for it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { AgreementParty } from "technopark/schemas";
 * AgreementParty.parse({
 *   organizationId: "chung-ang-university", roleKind: "discover-and-grow-early-startups",
 *   role: { ko: "예비·초기 단계 우수 창업기업의 발굴 및 육성", en: "Discover and grow promising pre- and early-stage start-ups" },
 * });
 * ```
 */
export const AgreementParty = /* @__PURE__ */ (() => z
  .object({
    /** Id of the organization (resolves in the reference `organizations`). */
    organizationId: EntityId,
    /** The role, as a code. */
    roleKind: PartyRole,
    /** The role in the source's words. */
    role: BilingualText.describe("The role in the source's words"),
    /** Who signed or attended for the party, where reported. */
    signatory: z
      .object({
        /** Name of the signatory. */
        name: PartialName,
        /** Their title or office. */
        title: BilingualText,
        /** True when acting for an absent head (권한대행). */
        acting: z.boolean().optional(),
      })
      .optional()
      .describe("Who signed or attended for the party, where reported"),
  })
  .meta({ id: "AgreementParty", description: "A party to an agreement with its role" }))();
/**
 * One party to an agreement.
 *
 * @category Entities
 */
export type AgreementParty = z.output<typeof AgreementParty>;

/**
 * Schema of an agreement (MOU, alliance pact, multi-party agreement): date (and whether the source gives the
 * signing date or only the announcement date), venue, parties with roles, scope items and source.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Agreement } from "technopark/schemas";
 * Agreement.parse({
 *   id: "example-mou", kind: "mou", title: { ko: "업무협약", en: "MOU" },
 *   date: "2023-01-02", dateBasis: "announced", country: "KR",
 *   parties: [
 *     { organizationId: "gyeongbuk", roleKind: "cooperation-partner", role: { ko: "협력", en: "Partner" } },
 *     { organizationId: "ulsan", roleKind: "cooperation-partner", role: { ko: "협력", en: "Partner" } },
 *   ],
 *   scope: [{ ko: "공동기획", en: "Joint planning" }],
 *   source: "000_0aa00bd074892d20.txt",
 * });
 * ```
 */
export const Agreement = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Kind of agreement. */
    kind: AgreementKind,
    /** Title in Korean and English. */
    title: BilingualText,
    /** Signing date, or the announcement date when the source gives no signing date (see dateBasis). */
    date: IsoDate.describe("Signing date, or the announcement date when the source gives no signing date (see dateBasis)"),
    /** Signed: the source dates the signing; announced: only the announcement (signed on or before). */
    dateBasis: z.literal(["signed", "announced"]).describe("signed: the source dates the signing; announced: only the announcement (signed on or before)"),
    /** Venue, where reported. */
    venue: BilingualText.optional(),
    /** City, where reported. */
    city: BilingualText.optional(),
    /** Country where it was signed. */
    country: CountryCode.describe("Country where it was signed"),
    /** The parties and their roles (at least two). */
    parties: z.array(AgreementParty).min(2, "expected at least two parties"),
    /** What the parties agreed to do. */
    scope: z.array(BilingualText).min(1, "expected at least one scope item").describe("What the parties agreed to do"),
    /** Industries the agreement names. */
    sectors: z.array(BilingualText).optional().describe("Industries the agreement names"),
    /** The alliance it belongs to. */
    allianceId: EntityId.optional().describe("The alliance it belongs to"),
    /** The event during which it was signed. */
    eventId: EntityId.optional().describe("The event during which it was signed"),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const seen = new Set<string>();
    ctx.value.parties.forEach((party, index) => {
      if (seen.has(party.organizationId)) {
        ctx.issues.push({ code: "custom", path: ["parties", index, "organizationId"], input: party.organizationId, message: `expected each party once, received ${describeValue(party.organizationId)} again` });
      }
      seen.add(party.organizationId);
    });
  })
  .meta({ id: "Agreement", description: "An MOU, alliance pact or multi-party agreement" }))();
/**
 * An agreement between organizations.
 *
 * @category Entities
 */
export type Agreement = z.output<typeof Agreement>;
