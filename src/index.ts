/**
 * `technopark`: typed entities, explainable eligibility rules, exact money rollups and Korean statutory
 * computations for Korea's regional innovation-support ecosystem (테크노파크).
 *
 * @packageDocumentation
 */
export * from "./errors/index.js";
export * from "./money/index.js";
export * from "./time/index.js";
export * from "./entities/index.js";
export * from "./statutes/index.js";
export * from "./eligibility/index.js";
export * from "./rollups/index.js";
