import { saveBlob } from '../billing/download';

export type CsvCell = string | number | null | undefined;

/**
 * One RFC 4180 cell. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start: names and
 * reasons are typed by users) is prefixed with `'`; numbers are written as they are (a negative amount stays a number).
 */
export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  let text = value ?? '';
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV text (CRLF line ends, a final line end). */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Hands CSV text to the browser as a UTF-8 download named `name`. */
export function saveCsv(text: string, name: string): void {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}

/** Tables one after another in one CSV: each a title row, a header row and its rows, a blank row between tables. */
export function csvSections(sections: readonly { title: string; header: readonly string[]; rows: readonly (readonly CsvCell[])[] }[]): string {
  return csvText(sections.flatMap((section, i) => [...(i ? [[]] : []), [section.title], section.header, ...section.rows]));
}
