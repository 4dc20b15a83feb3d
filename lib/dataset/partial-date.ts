// Dates in the dataset are often known only to the month or year
// ("April 2016, from the URL"), so they are stored as ISO prefixes.

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const monthNames = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

type PartialDate = { year: number; month?: number; day?: number };

export function parsePartialDate(text: string): PartialDate | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined) {
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return null;
  }
  return { year, month, day };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

/** "2016-12-14" → "14 December 2016"; "2016-04" → "April 2016". */
export function formatPartialDate(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const month = date.month === undefined ? undefined : monthNames[date.month - 1];
  if (month === undefined) return String(date.year);
  if (date.day === undefined) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** Sort key: the earliest instant the partial date can mean. */
export function partialDateKey(text: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const mm = String(date.month ?? 1).padStart(2, "0");
  const dd = String(date.day ?? 1).padStart(2, "0");
  return `${date.year}-${mm}-${dd}`;
}
