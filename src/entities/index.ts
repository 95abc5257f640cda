export { BilingualText } from "./bilingual.js";
export { Company, MonthEndHeadcount } from "./company.js";
