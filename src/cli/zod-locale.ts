import { z } from "zod";

let korean: z.core.$ZodErrorMap | undefined;

/**
 * The options of a record parse in the run's language: zod's Korean locale (`z.locales.ko`) is passed per
 * parse for `ko`, so no global zod configuration is changed; issues carry the input for the messages.
 * @internal
 */
export function parseOptionsFor(lang: "ko" | "en"): { reportInput: true; error?: z.core.$ZodErrorMap } {
  if (lang === "en") return { reportInput: true };
  korean ??= z.locales.ko().localeError;
  return { reportInput: true, error: korean };
}
