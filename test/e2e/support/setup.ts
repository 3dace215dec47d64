// Browser journeys start the product and a real Chromium: seconds, not milliseconds.
jest.setTimeout(90_000);
