/**
 * A currency as data: ISO 4217 code and numeric code, the number of minor digits an amount may carry,
 * a display symbol and bilingual names.
 * Read it to know how many fraction digits an amount may carry before formatting or rounding.
 *
 * @category Money
 * @example
 * ```ts
 * import { currencyOf, type Currency } from "technopark";
 * const won: Currency = currencyOf("KRW");
 * won.minorDigits; // 0
 * ```
 */
export interface Currency {
  /** ISO 4217 alphabetic code, e.g. `"KRW"`. */
  readonly code: string;
  /** ISO 4217 numeric code, e.g. `410`. */
  readonly numeric: number;
  /** Digits after the decimal point an amount may have (KRW 0, USD 2). */
  readonly minorDigits: number;
  /** Display symbol, e.g. `"₩"`. */
  readonly symbol: string;
  /** Names in Korean and English. */
  readonly name: {
    /** Korean name, e.g. `"대한민국 원"`. */
    readonly ko: string;
    /** English name, e.g. `"South Korean won"`. */
    readonly en: string;
  };
}

/**
 * The currencies this library knows, keyed by ISO 4217 code (source: ISO 4217 list of codes).
 * A money amount in any other currency is refused, so every amount has known minor digits.
 *
 * @category Money
 * @example
 * ```ts
 * import { currencies } from "technopark";
 * currencies.KRW?.minorDigits; // 0
 * currencies.USD?.numeric; // 840
 * ```
 */
export const currencies: Readonly<Record<string, Currency>> = /* @__PURE__ */ Object.freeze({
  KRW: { code: "KRW", numeric: 410, minorDigits: 0, symbol: "₩", name: { ko: "대한민국 원", en: "South Korean won" } },
  USD: { code: "USD", numeric: 840, minorDigits: 2, symbol: "$", name: { ko: "미국 달러", en: "US dollar" } },
  EUR: { code: "EUR", numeric: 978, minorDigits: 2, symbol: "€", name: { ko: "유로", en: "Euro" } },
  JPY: { code: "JPY", numeric: 392, minorDigits: 0, symbol: "¥", name: { ko: "일본 엔", en: "Japanese yen" } },
  CNY: { code: "CNY", numeric: 156, minorDigits: 2, symbol: "CN¥", name: { ko: "중국 위안", en: "Chinese yuan renminbi" } },
  UZS: { code: "UZS", numeric: 860, minorDigits: 2, symbol: "soʻm", name: { ko: "우즈베키스탄 숨", en: "Uzbekistan sum" } },
  VND: { code: "VND", numeric: 704, minorDigits: 0, symbol: "₫", name: { ko: "베트남 동", en: "Vietnamese dong" } },
  RUB: { code: "RUB", numeric: 643, minorDigits: 2, symbol: "₽", name: { ko: "러시아 루블", en: "Russian ruble" } },
  GBP: { code: "GBP", numeric: 826, minorDigits: 2, symbol: "£", name: { ko: "영국 파운드", en: "Pound sterling" } },
});
