export { currencies, type Currency } from "./currencies.js";
export { Money, money, currencyOf, MAX_AMOUNT_DIGITS } from "./money.js";
