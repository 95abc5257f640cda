export { citations, type Citation, type CitedComputation } from "./citation.js";
export { ksicSections, ksicSection, ksicDivision, type KsicSection, type KsicSectionEntry } from "./ksic.js";
export { regularWorkerCount, type MonthEndCount } from "./regular-workers.js";
export { classifySme, smeCaps, type SmeSize, type SmeCaps, type SmeCapsOptions, type SmeInput } from "./sme.js";
export { isMicroEnterprise, type MicroEnterpriseInput } from "./micro-enterprise.js";
export { startupStage, isYouthFounder, type StartupStage } from "./startup.js";
export { smeSizeTables, type SmeSizeTable, type SmeCapRow } from "./sme-size-tables.js";
export { statuteTableVersion, type StatuteTableId } from "./tables-in-force.js";
