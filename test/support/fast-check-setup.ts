// Property tests explore new inputs on every local run, but CI replays one fixed seed, so a
// red CI always reproduces (a counterexample found locally is added to the tables instead).
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261129 });
