import { toIsoDate, type DateLike } from "../time/iso-date.js";
import type { Association, AssociationMembership } from "./association.js";
import { partialDateBounds } from "./partial-date-bounds.js";
import { assertRecord } from "../errors/invalid-value.js";

/**
 * Whether an organization was a member on a date, as far as the sources allow: `"member"`, `"not-member"` or
 * `"unknown"` (an undated join after its `notBefore`, or a date inside the year or month of a join dated only
 * that precisely).
 *
 * @param membership - one membership record
 * @param on - the date to judge at
 * @category Entities
 * @example
 * ```ts
 * import { membershipStatus } from "technopark";
 * const ulsan = { memberId: "ulsan", joined: "2004", source: "001_d4d5ca49a03203d9.txt" };
 * membershipStatus(ulsan, "2003-12-31"); // "not-member"
 * membershipStatus(ulsan, "2004-06-30"); // "unknown"
 * membershipStatus(ulsan, "2004-12-31"); // "member"
 * ```
 */
export function membershipStatus(membership: AssociationMembership, on: DateLike): "member" | "not-member" | "unknown" {
  const day = toIsoDate(on, ["on"]);
  const joinedStatus = statusOfJoin(membership, day);
  if (joinedStatus !== "member" || membership.left === undefined) return joinedStatus;
  const left = partialDateBounds(membership.left);
  if (day > left.last) return "not-member";
  return day < left.first ? "member" : "unknown";
}

function statusOfJoin(membership: AssociationMembership, day: string): "member" | "not-member" | "unknown" {
  if (membership.memberBy !== undefined && day >= membership.memberBy) return "member";
  if (membership.joined !== undefined) {
    const joined = partialDateBounds(membership.joined);
    if (day < joined.first) return "not-member";
    return day >= joined.last ? "member" : "unknown";
  }
  if (membership.notBefore !== undefined && day < partialDateBounds(membership.notBefore).first) return "not-member";
  return "unknown";
}

/**
 * The members of an association on a date, split by certainty.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { AssociationMembers } from "technopark";
 * import { associationMembersAsOf } from "technopark/data";
 * const members: AssociationMembers = associationMembersAsOf("2004-12-31");
 * members.unknown; // ["busan", "pohang"]
 * ```
 */
export interface AssociationMembers {
  /** Ids of organizations that were members for certain. */
  known: string[];
  /** Ids of organizations that may or may not have been members (no source dates their joining precisely enough). */
  unknown: string[];
}

/**
 * The members of an association on a date: `known` are members for certain, `unknown` may or may not have
 * been (no source dates their joining precisely enough). Neither list guesses. Ids keep the order of the
 * membership timeline.
 *
 * @param association - the association record
 * @param on - the date to judge at
 * @category Entities
 * @example
 * ```ts
 * import { membersAsOf } from "technopark";
 * import { association } from "technopark/data";
 * const { known, unknown } = membersAsOf(association, "2004-12-31");
 * known.length; // 12
 * unknown; // ["busan", "pohang"]
 * ```
 */
export function membersAsOf(association: Association, on: DateLike): AssociationMembers {
  assertRecord(association, ["association"], "an Association record");
  const known: string[] = [];
  const unknown: string[] = [];
  for (const membership of association.members) {
    const status = membershipStatus(membership, on);
    if (status === "member") known.push(membership.memberId);
    else if (status === "unknown") unknown.push(membership.memberId);
  }
  return { known, unknown };
}
