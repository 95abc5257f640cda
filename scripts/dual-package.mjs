#!/usr/bin/env node
// Dual-package hazard check (run after `npm run build`).
//
// An application can end up with BOTH builds of `technopark` in one process: its own code does
// `import "technopark"` (ESM copy) while a CommonJS dependency does `require("technopark")` (CJS copy).
// Each copy has its own classes, so `instanceof` across copies is false. The library is built so that
// this never matters: values are plain data, errors are recognised by their `code` and a
// `Symbol.for("technopark.error")` brand, never by `instanceof`. This script loads both copies in ONE
// process and proves it: errors, Money values, rules and reference data cross from one copy to the other.
//
// Usage: node scripts/dual-package.mjs [--dist <dir>]   (exit 1 on any failed check)
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const distFlag = args.indexOf("--dist");
const dist = resolve(distFlag >= 0 && args[distFlag + 1] !== undefined ? args[distFlag + 1] : join(root, "dist"));

for (const file of ["index.js", "index.cjs", "schemas/index.js", "schemas/index.cjs", "data/index.js", "data/index.cjs", "notebook/index.js", "notebook/index.cjs"]) {
  if (!existsSync(join(dist, file))) {
    console.error(`dual-package: ${join(dist, file)} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}

const require = createRequire(import.meta.url);
// one copy = the core and the schemas entry as that build loads them (they share its chunks)
const copies = {
  cjs: { ...require(join(dist, "index.cjs")), ...require(join(dist, "schemas", "index.cjs")) },
  esm: { ...(await import(pathToFileURL(join(dist, "index.js")).href)), ...(await import(pathToFileURL(join(dist, "schemas", "index.js")).href)) },
};
const data = {
  cjs: require(join(dist, "data", "index.cjs")),
  esm: await import(pathToFileURL(join(dist, "data", "index.js")).href),
};

let failures = 0;
function check(label, body) {
  try {
    const detail = body();
    console.log(`ok    ${label}${detail === undefined ? "" : `: ${detail}`}`);
  } catch (error) {
    failures++;
    console.log(`FAIL  ${label}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
function expectEqual(actual, expected, what) {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, received ${JSON.stringify(actual)}`);
  }
}
class MissingExport extends Error {}
function need(copy, name) {
  const value = copies[copy][name];
  if (value === undefined) throw new MissingExport(`the ${copy.toUpperCase()} copy does not export ${name}`);
  return value;
}
function thrown(body) {
  try {
    body();
  } catch (error) {
    if (error instanceof MissingExport) throw error;
    return error;
  }
  throw new Error("expected a throw, nothing was thrown");
}
const other = (copy) => (copy === "cjs" ? "esm" : "cjs");

check("the two copies are distinct module instances (otherwise this script proves nothing)", () => {
  if (need("cjs", "money") === need("esm", "money")) throw new Error("cjs.money === esm.money");
  if (need("cjs", "TechnoparkError") === need("esm", "TechnoparkError")) throw new Error("one TechnoparkError class");
});

for (const from of ["cjs", "esm"]) {
  const to = other(from);
  check(`an error thrown by the ${from} copy is recognised by the ${to} copy's isTechnoparkError with its code`, () => {
    const error = thrown(() => need(from, "money")("abc", "KRW"));
    if (!need(to, "isTechnoparkError")(error)) throw new Error(`${to}.isTechnoparkError(error) is false`);
    if (!need(to, "isTechnoparkError")(error, "VALIDATION")) throw new Error(`${to}.isTechnoparkError(error, "VALIDATION") is false`);
    if (need(to, "isTechnoparkError")(error, "INVALID_RULE")) throw new Error(`${to}.isTechnoparkError(error, "INVALID_RULE") is true`);
    if (error[Symbol.for("technopark.error")] !== true) throw new Error(`the Symbol.for("technopark.error") brand is missing`);
    expectEqual(error.code, "VALIDATION", "code");
    return `${error.name} ${error.code} "${error.message.slice(0, 60)}…"`;
  });
  check(`instanceof across copies is false (${from} error vs ${to} class), which is why src/ never uses it`, () => {
    const error = thrown(() => need(from, "money")("abc", "KRW"));
    if (!(error instanceof need(from, "TechnoparkError"))) throw new Error(`not even an instance of its own copy's class`);
    if (error instanceof need(to, "TechnoparkError")) throw new Error(`instanceof across copies is true: the two copies share classes`);
    if (!(error instanceof Error)) throw new Error("not an Error");
    return `error instanceof ${to}.TechnoparkError === false, error instanceof Error === true`;
  });
  check(`each error code from the ${from} copy is recognised by the ${to} copy`, () => {
    const codes = [];
    const mismatch = thrown(() => need(to, "sumMoney")([need(from, "money")("1", "USD"), need(from, "money")("1", "KRW")]));
    const rule = thrown(() => need(from, "parseRule")({ all: [{ fact: "company.regularWorkers", op: "like", value: 1 }] }));
    const rate = thrown(() => need(from, "convertMoney")(need(from, "money")("1", "USD"), "KRW", [], "2024-01-01"));
    for (const [error, code] of [[mismatch, "CURRENCY_MISMATCH"], [rule, "INVALID_RULE"], [rate, "MISSING_RATE"]]) {
      if (!need(to, "isTechnoparkError")(error, code)) throw new Error(`${to}.isTechnoparkError(error, ${JSON.stringify(code)}) is false for ${error?.name}: ${error?.message}`);
      if (!need(from, "isTechnoparkError")(error, code)) throw new Error(`${from}.isTechnoparkError(error, ${JSON.stringify(code)}) is false`);
      codes.push(code);
    }
    return codes.join(", ");
  });
  check(`Money made by the ${from} copy is accepted by the ${to} copy (sumMoney, formatKrw, Money schema, parseWith)`, () => {
    const sum = need(to, "sumMoney")([need(from, "money")("0.1", "USD"), need(to, "money")("0.2", "USD")]);
    expectEqual({ ...sum }, { amount: "0.3", currency: "USD" }, "sumMoney");
    expectEqual(need(to, "formatKrw")(need(from, "money")("17603100000000", "KRW")), "17조 6,031억 원", "formatKrw");
    const parsed = need(to, "parseWith")(need(to, "Money"), need(from, "money")("6500000", "USD"), "Money");
    expectEqual({ ...parsed }, { amount: "6500000", currency: "USD" }, "Money schema");
    return `${sum.amount} ${sum.currency}`;
  });
  check(`a rule parsed by the ${from} copy is evaluated by the ${to} copy with the same outcome and trace`, () => {
    const rule = need(from, "parseRule")({
      id: "dual",
      all: [
        { id: "workers", fact: "company.regularWorkers", op: "lt", value: 30 },
        { id: "region", fact: "company.location.sigungu", op: "eq", value: "영천시" },
      ],
    });
    const outcomes = [];
    for (const facts of [
      { company: { regularWorkers: 29.5, location: { sigungu: "영천시" } } },
      { company: { regularWorkers: 30, location: { sigungu: "영천시" } } },
      { company: { location: { sigungu: "영천시" } } },
    ]) {
      const here = need(from, "evaluate")(rule, facts, { asOf: "2024-01-01" });
      const there = need(to, "evaluate")(rule, facts, { asOf: "2024-01-01" });
      expectEqual(JSON.parse(JSON.stringify(there)), JSON.parse(JSON.stringify(here)), "evaluate result");
      expectEqual(need(to, "compileRule")(rule)(facts, { asOf: "2024-01-01" }), here.outcome, "compileRule outcome");
      outcomes.push(here.outcome);
    }
    expectEqual(outcomes, ["eligible", "ineligible", "undetermined"], "outcomes");
    return outcomes.join(", ");
  });
  check(`a ValidationError from the ${to} copy's parseWith on the ${from} copy's Company schema keeps its zod issues`, () => {
    const error = thrown(() => need(to, "parseWith")(need(from, "Company"), { id: "", name: { ko: 1 } }, "Company"));
    if (!need(from, "isTechnoparkError")(error, "VALIDATION")) throw new Error(`${from}.isTechnoparkError(error, "VALIDATION") is false`);
    if (!Array.isArray(error.issues) || error.issues.length < 2) throw new Error(`expected at least 2 issues, received ${JSON.stringify(error.issues)}`);
    if (!Array.isArray(error.cause?.issues)) throw new Error("the zod error is not attached as cause");
    return error.issues.map((issue) => issue.path.join(".")).join(", ");
  });
}

check("the data entry gives equal records from dist/data/index.js and dist/data/index.cjs", () => {
  const names = Object.keys(data.esm).filter((name) => name !== "default" && name !== "module.exports").sort();
  expectEqual(Object.keys(data.cjs).filter((name) => name !== "default" && name !== "__esModule").sort(), names, "export names");
  for (const name of names) {
    const value = data.esm[name];
    if (typeof value === "function") continue;
    expectEqual(JSON.parse(JSON.stringify(data.cjs[name])), JSON.parse(JSON.stringify(value)), `records of ${name}`);
  }
  if (Array.isArray(data.esm.technoparks)) expectEqual(data.esm.technoparks.length, 19, "technoparks.length");
  return `${names.length} exports (${names.join(", ")})`;
});

check("reference data from one copy is usable by the other copy's functions", () => {
  const deals = data.cjs.exportDeals;
  if (!Array.isArray(deals)) throw new Error("the CJS data entry does not export exportDeals");
  const funnel = {
    esm: need("esm", "exportFunnel")(deals, "USD"),
    cjs: need("cjs", "exportFunnel")(data.esm.exportDeals, "USD"),
  };
  expectEqual(JSON.parse(JSON.stringify(funnel.esm)), JSON.parse(JSON.stringify(funnel.cjs)), "exportFunnel");
  return `${deals.length} deals, ${funnel.esm.contracts.count} contracts`;
});

const notebook = {
  cjs: require(join(dist, "notebook", "index.cjs")),
  esm: await import(pathToFileURL(join(dist, "notebook", "index.js")).href),
};
for (const from of ["cjs", "esm"]) {
  const to = other(from);
  check(`a result and Money from the ${from} copy are shown by the ${to} copy's technopark/notebook show (and left without symbols)`, () => {
    const rule = need(from, "parseRule")({ all: [{ fact: "company.regularWorkers", op: "lt", value: 30 }] });
    const result = need(from, "evaluate")(rule, { company: { regularWorkers: 30 } }, { asOf: "2024-01-01" });
    const before = JSON.stringify(result);
    const bundle = notebook[to].show(result, { lang: "en" })[Symbol.for("Jupyter.display")]();
    if (!bundle["text/html"].includes("ineligible") || !bundle["text/plain"].startsWith("ineligible")) throw new Error(`unexpected rendering: ${bundle["text/plain"]}`);
    if (Object.getOwnPropertySymbols(result).length > 0 || JSON.stringify(result) !== before) throw new Error("show changed the result");
    expectEqual(notebook[to].show(need(from, "money")("17603100000000", "KRW"))[Symbol.for("Jupyter.display")]()["text/plain"], "17조 6,031억 원", "show(money)");
    expectEqual(notebook[to].JUPYTER_DISPLAY, notebook[from].JUPYTER_DISPLAY, "JUPYTER_DISPLAY");
    return bundle["text/plain"].split("\n")[0];
  });
}

if (failures > 0) {
  console.error(`dual-package: ${failures} check(s) failed`);
  process.exitCode = 1;
} else {
  console.log("dual-package: the ESM and CJS copies understand each other's values and errors");
}
