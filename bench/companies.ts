import { seeded } from "./seeded.js";

/** The facts of one synthetic company, as the eligibility benchmarks judge them. */
export interface CompanyFacts {
  company: { id: string; location?: { regionCode: string; sigungu?: string }; regularWorkers?: number; smeSize?: string };
}

/**
 * Synthetic Gyeongbuk companies, the same on every run for a seed: about half in 영천시, regular workers 0–59.5,
 * SME size mostly small or medium; 5 % of the records miss each fact.
 */
export function syntheticCompanies(count: number, seed: number): CompanyFacts[] {
  const random = seeded(seed);
  const places = ["영천시", "포항시", "경산시", "구미시"];
  const sizes = ["small", "medium", "not-sme"];
  const out = new Array<CompanyFacts>(count);
  for (let i = 0; i < count; i++) {
    const company: CompanyFacts["company"] = { id: `c${i}` };
    if (random() >= 0.05) company.location = { regionCode: "47", sigungu: places[Math.floor(random() * (random() < 0.5 ? 1 : places.length))]! };
    if (random() >= 0.05) company.regularWorkers = Math.floor(random() * 120) / 2;
    if (random() >= 0.05) company.smeSize = sizes[Math.floor(random() * 2.2)]!;
    out[i] = { company };
  }
  return out;
}
