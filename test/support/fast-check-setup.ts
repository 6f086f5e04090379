/**
 * Property tests run with a random seed on developer machines, to keep finding new cases,
 * and with a fixed seed in CI (CI=true), so that a landing never depends on luck. FC_SEED
 * replays a seed a failure printed.
 */
import fc from "fast-check";

const seed = process.env.FC_SEED ?? (process.env.CI ? "20221003" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
