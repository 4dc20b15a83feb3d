// The one place the site reads the clock for a date. Callers at the edge (a
// page built once, dated the day of the build; a citation download, dated the
// day of download; the release script) call it and pass the date down: the
// code below them takes "today" as an argument, so its output never depends on
// the day it runs.

/** The date of `now` in UTC, as YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
