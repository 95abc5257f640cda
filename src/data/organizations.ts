import type { Organization } from "../entities/index.js";
import { association } from "./association.js";
import { otherOrganizations } from "./organizations-other.js";
import { technoparks } from "./technoparks.js";

/**
 * Every organization the reference data refers to, in one list: the 19 technoparks, the Korea Technopark
 * Association, and the cities, province, universities, district offices, support agencies, companies, foreign
 * partners and research institute that are parties to agreements, programmes, events and deals. Every
 * `organizationId`, `operatorId`, `funderId` and member id in the data resolves here.
 *
 * @category Data
 * @example
 * ```ts
 * import { organizations } from "technopark/data";
 * organizations.filter((o) => o.kind === "university").length; // 7
 * ```
 */
export const organizations: readonly Organization[] = /* @__PURE__ */ (() => Object.freeze([...technoparks, association, ...otherOrganizations]))();
