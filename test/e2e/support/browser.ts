import { existsSync } from 'node:fs';
import { chromium as playwright, type Browser } from 'playwright-core';

/**
 * A headless Chromium that works offline: CHROMIUM_PATH if set, else Debian's chromium if
 * installed, else the one inside the npm package @sparticuz/chromium (installed with the rest).
 */
export const launchBrowser = async (): Promise<Browser> => {
  const fromEnv = process.env.CHROMIUM_PATH;
  const debian = '/usr/bin/chromium';
  const flags = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (fromEnv || existsSync(debian)) {
    return playwright.launch({ executablePath: fromEnv ?? debian, headless: true, args: flags });
  }
  const { default: sparticuz } = (await import('@sparticuz/chromium')) as unknown as {
    default: { executablePath(): Promise<string>; args: string[] };
  };
  // --single-process (meant for AWS Lambda) makes browser contexts share cookies: drop it, so
  // each test's context is a separate person. --disable-web-security is dropped too.
  const args = sparticuz.args.filter((a) => a !== '--single-process' && a !== '--disable-web-security');
  return playwright.launch({ executablePath: await sparticuz.executablePath(), headless: true, args: [...args, ...flags] });
};
