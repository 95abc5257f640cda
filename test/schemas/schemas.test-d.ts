// The core (`technopark`) declares its value types by hand so that it never loads zod; `technopark/schemas`
// infers the same types from its zod schemas. These compile-time checks keep the two in step.
import { expectTypeOf } from "vitest";
import type { FactType, FxRate, IsoDate, Money, Operator, Period, PeriodGranularity, Semantics, Versioned } from "../../src/index.js";
import type * as schemas from "../../src/schemas/index.js";
import type { FACT_TYPES, SEMANTICS } from "../../src/rules/rule.js";
import type { OPERATORS } from "../../src/rules/operators.js";
import type { z } from "zod";

expectTypeOf<(typeof OPERATORS)[number]>().toEqualTypeOf<Operator>();
expectTypeOf<(typeof FACT_TYPES)[number]>().toEqualTypeOf<FactType>();
expectTypeOf<(typeof SEMANTICS)[number]>().toEqualTypeOf<Semantics>();

expectTypeOf<z.output<typeof schemas.Operator>>().toEqualTypeOf<Operator>();
expectTypeOf<z.output<typeof schemas.FactType>>().toEqualTypeOf<FactType>();
expectTypeOf<z.output<typeof schemas.Semantics>>().toEqualTypeOf<Semantics>();
expectTypeOf<z.output<typeof schemas.PeriodGranularity>>().toEqualTypeOf<PeriodGranularity>();
expectTypeOf<z.output<typeof schemas.Period>>().toEqualTypeOf<Period>();
expectTypeOf<z.output<typeof schemas.IsoDate>>().toEqualTypeOf<IsoDate>();
expectTypeOf<z.output<typeof schemas.Money>>().toEqualTypeOf<Money>();
expectTypeOf<schemas.Money>().toEqualTypeOf<Money>();
expectTypeOf<z.output<typeof schemas.FxRate>>().toEqualTypeOf<FxRate>();
expectTypeOf<schemas.Versioned<string>>().toEqualTypeOf<Versioned<string>>();
// a record parsed by a schema is accepted where the core expects its type
expectTypeOf<z.output<ReturnType<typeof schemas.Versioned<z.ZodString>>>>().toMatchTypeOf<Versioned<string>>();
