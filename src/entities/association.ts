import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { VersionHistory } from "../time/versioned-schema.js";
import { BilingualText } from "./bilingual.js";
import { EntityId } from "./codes.js";
import { Milestone, PartialName, organizationFields } from "./organization-base.js";
import { PartialDate } from "./partial-date.js";
import { partialDateBounds } from "./partial-date-bounds.js";
import { Confidence, Source } from "./provenance.js";

/**
 * Schema of one organization's membership of an association. `joined` is as precise as the source gives it
 * and absent when no source dates it; `notBefore` bounds an undated join from below (a technopark cannot
 * have joined before it was founded) and `memberBy` is a date on which a source reports it a member.
 *
 * @category Entities
 * @example
 * ```ts
 * import { AssociationMembership } from "technopark/schemas";
 * AssociationMembership.parse({ memberId: "busan", notBefore: "2000", memberBy: "2020-09-21", source: "001_d4d5ca49a03203d9.txt" });
 * ```
 */
export const AssociationMembership = /* @__PURE__ */ (() => z
  .object({
    /** Id of the member organization. */
    memberId: EntityId,
    /** When it joined, as precisely as a source dates it; absent when no source does. */
    joined: PartialDate.optional().describe("When it joined, as precisely as a source dates it; absent when no source does"),
    /** The name it joined under, if different from today's. */
    joinedAs: PartialName.optional().describe("The name it joined under, if different from today's"),
    /** It cannot have joined before this (e.g. its founding year). */
    notBefore: PartialDate.optional().describe("It cannot have joined before this (e.g. its founding year)"),
    /** A date on which a source reports it a member. */
    memberBy: IsoDate.optional().describe("A date on which a source reports it a member"),
    /** When it left, if it did. */
    left: PartialDate.optional().describe("When it left, if it did"),
    /** Where the fact comes from (article file name, statute article or URL). */
    source: Source,
    /** Confidence, when not simply reported. */
    confidence: Confidence.optional(),
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { joined, notBefore, memberBy, left } = ctx.value;
    if (joined !== undefined && notBefore !== undefined && partialDateBounds(joined).last < partialDateBounds(notBefore).first) {
      ctx.issues.push({ code: "custom", path: ["joined"], input: joined, message: `expected a join date not before notBefore ${notBefore}, received ${describeValue(joined)}` });
    }
    if (memberBy !== undefined && joined !== undefined && memberBy < partialDateBounds(joined).first) {
      ctx.issues.push({ code: "custom", path: ["memberBy"], input: memberBy, message: `expected a date on or after joined ${joined}, received ${describeValue(memberBy)}` });
    }
    if (left !== undefined && joined !== undefined && partialDateBounds(left).last < partialDateBounds(joined).first) {
      ctx.issues.push({ code: "custom", path: ["left"], input: left, message: `expected a date on or after joined ${joined}, received ${describeValue(left)}` });
    }
  })
  .meta({ id: "AssociationMembership", description: "One organization's membership of an association" }))();
/**
 * One organization's membership of an association.
 *
 * @category Entities
 */
export type AssociationMembership = z.output<typeof AssociationMembership>;

/**
 * Schema of a name an association bore, with `since` as precise as the source dates the renaming. The
 * version's `validFrom` is the first day `since` may stand for.
 *
 * @category Entities
 * @example
 * ```ts
 * import { AssociationName } from "technopark/schemas";
 * AssociationName.parse({ name: { ko: "한국테크노파크진흥회", en: "Korea Technopark Association" }, since: "2018" });
 * ```
 */
export const AssociationName = /* @__PURE__ */ (() => z
  .object({
    /** The name. */
    name: BilingualText,
    /** When it was adopted, as precisely as the source dates it. */
    since: PartialDate,
  })
  .meta({ id: "AssociationName", description: "A name of an association with the date it was adopted" }))();
/**
 * A name an association bore.
 *
 * @category Entities
 */
export type AssociationName = z.output<typeof AssociationName>;

/**
 * Schema of an association or council of organizations (the Korea Technopark Association, a university
 * council), with its dated names and membership timeline.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Association } from "technopark/schemas";
 * Association.parse({
 *   id: "example-council", kind: "association", name: { ko: "예시협의회", en: "Example Council" },
 *   members: [{ memberId: "gyeonggi", joined: "1998", source: "001_d4d5ca49a03203d9.txt" }],
 *   source: "001_d4d5ca49a03203d9.txt",
 * });
 * ```
 */
export const Association = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"association"`. */
    kind: z.literal("association"),
    /** Names over time; validFrom is the first day of `since`. */
    names: VersionHistory(AssociationName).optional().describe("Names over time; validFrom is the first day of `since`"),
    /** Membership timeline (may be empty when no source names the members). */
    members: z.array(AssociationMembership).describe("Membership timeline (may be empty when no source names the members)"),
    /** Member count a source reports, when it does not name them. */
    reportedMemberCount: z.number().int().nonnegative().optional().describe("Member count a source reports, when it does not name them"),
    /** What the association does. */
    functions: z.array(BilingualText).optional().describe("What the association does"),
    /** Dated milestones in its history. */
    milestones: z.array(Milestone).optional(),
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const seen = new Set<string>();
    ctx.value.members.forEach((membership, index) => {
      if (seen.has(membership.memberId)) {
        ctx.issues.push({ code: "custom", path: ["members", index, "memberId"], input: membership.memberId, message: `expected each member once, received ${describeValue(membership.memberId)} again` });
      }
      seen.add(membership.memberId);
    });
    ctx.value.names?.forEach((version, index) => {
      const first = partialDateBounds(version.value.since).first;
      if (version.validFrom !== first) {
        ctx.issues.push({ code: "custom", path: ["names", index, "validFrom"], input: version.validFrom, message: `expected the first day of since ${version.value.since} (${first}), received ${describeValue(version.validFrom)}` });
      }
    });
  })
  .meta({ id: "Association", description: "An association of organizations with dated names and membership" }))();
/**
 * An association of organizations.
 *
 * @category Entities
 */
export type Association = z.output<typeof Association>;
