export { matchPrograms } from "./match-programs.js";
export { runFixture, type RunFixtureOptions } from "./run-fixture.js";
