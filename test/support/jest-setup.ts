// Each use-case file starts a fresh local cloud: on a busy 2-core machine that can take longer
// than jest's 5 s default. The tests themselves never wait on time (injected clocks).
jest.setTimeout(60_000);
