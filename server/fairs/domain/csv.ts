/** RFC 4180 CSV with a BOM, so Excel opens the Chinese text correctly. Cells that look like formulas are defused. */
const cell = (value: string | number): string => {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export const toCsv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;

export const hoursText = (minutes: number): string => (minutes / 60).toFixed(2);
