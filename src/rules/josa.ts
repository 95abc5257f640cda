/**
 * Korean particle pairs: the form after a final consonant (받침), the form after a vowel.
 * @internal
 */
export type ParticlePair = "으로/로" | "을/를" | "이/가" | "은/는";

const FORMS: Readonly<Record<ParticlePair, readonly [string, string, string]>> = {
  "으로/로": ["으로", "로", "(으)로"],
  "을/를": ["을", "를", "을(를)"],
  "이/가": ["이", "가", "이(가)"],
  "은/는": ["은", "는", "은(는)"],
};

/** Final sound of a digit as read in Sino-Korean: "c" a consonant, "l" ㄹ, "v" a vowel. */
const DIGIT_ENDING = ["c", "l", "v", "c", "v", "v", "c", "l", "l", "v"] as const; // 영 일 이 삼 사 오 육 칠 팔 구
/** Final sound of a Latin letter's Korean name (엘 알 → ㄹ; 엠 엔 → consonant; others vowel). */
const LETTER_ENDING: Readonly<Record<string, "c" | "l">> = { L: "l", R: "l", M: "c", N: "c" };

/**
 * Appends the right form of a Korean particle to a word, from the word's final sound: Hangul by its
 * 받침 (ㄹ takes 로), numbers as read aloud (30 삼십 → 으로, 29.5 …오 → 로), Latin letters by their Korean
 * names (C 씨 → 로, M 엠 → 으로). A parenthesised tail is skipped (`29.5명(…)` follows 명). When the sound
 * is unknown the combined form is used (`(으)로`).
 * @internal
 */
export function withParticle(word: string, pair: ParticlePair): string {
  const [afterConsonant, afterVowel, combined] = FORMS[pair];
  const ending = finalSound(word);
  if (ending === undefined) return word + combined;
  if (pair === "으로/로") return word + (ending === "c" ? afterConsonant : afterVowel);
  return word + (ending === "v" ? afterVowel : afterConsonant);
}

/** @internal "c" (final consonant other than ㄹ), "l" (ㄹ), "v" (vowel) or undefined when unknown. */
export function finalSound(word: string): "c" | "l" | "v" | undefined {
  let text = word.trimEnd();
  while (text.endsWith(")")) {
    const open = text.lastIndexOf("(");
    if (open <= 0) break;
    text = text.slice(0, open).trimEnd();
  }
  const last = text.at(-1);
  if (last === undefined) return undefined;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) {
    const coda = (code - 0xac00) % 28;
    return coda === 0 ? "v" : coda === 8 ? "l" : "c";
  }
  if (last >= "0" && last <= "9") return numberEnding(text);
  const upper = last.toUpperCase();
  if (upper >= "A" && upper <= "Z") return LETTER_ENDING[upper] ?? "v";
  return undefined;
}

function numberEnding(text: string): "c" | "l" | "v" {
  const digits = /[\d,]*(?:\.\d+)?$/.exec(text)![0].replaceAll(",", "");
  if (digits.includes(".")) return DIGIT_ENDING[Number(digits.at(-1))]!;
  const trimmed = digits.replace(/0+$/, "");
  const zeros = digits.length - trimmed.length;
  if (zeros === 0 || trimmed === "") return DIGIT_ENDING[Number(digits.at(-1))]!;
  // 십 (ㅂ), 백 (ㄱ), 천 (ㄴ), 만 (ㄴ) … 억 (ㄱ), 조 (vowel) for 10^12 and up
  if (zeros >= 12 && zeros % 4 === 0) return "v";
  return "c";
}
