export { currencies, type Currency } from "./currencies.js";
export { Money, money, currencyOf, MAX_AMOUNT_DIGITS } from "./money.js";
export type { RoundingMode } from "./rounding.js";
export { addMoney, subtractMoney, negateMoney, compareMoney, isZeroMoney } from "./add-money.js";
export { sumMoney } from "./sum-money.js";
