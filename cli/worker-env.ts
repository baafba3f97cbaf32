// compromise reads process.env.DEBUG_TAGS each time it tags a term, about a hundred times an
// article, and one of its modules holds process.env from when it loads; Node's process.env
// answers each read in C++ (0.6 µs here, some 6 CPU-seconds of a world build). A worker's
// environment is its own copy already; a plain object of the same variables reads like any
// other (0.04 µs). Imported first by the worker, so it runs before compromise loads.
process.env = { ...process.env };
