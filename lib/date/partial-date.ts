/**
 * Partial ISO dates ("2011", "2011-08", "2011-08-03") compared as the periods they cover.
 * A start is read as the first day of its period, an end as the last day.
 */

/** First day covered by a partial date, as YYYY-MM-DD. */
export function periodStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** Last day covered by a partial date, as YYYY-MM-DD (day 31 is fine for comparisons). */
export function periodEnd(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

export interface Dated {
  start?: string;
  end?: string;
  current?: boolean;
}

/**
 * Whether a dated thing was in force on `day` (YYYY-MM-DD). Without an end it is in force only
 * when marked current. Without a start, nothing says when it began: a current one counts only
 * from `currentFrom` (the date its source describes), if given.
 */
export function isInForce(item: Dated, day: string, currentFrom?: string): boolean {
  if (item.start === undefined) {
    return (
      item.current === true &&
      item.end === undefined &&
      currentFrom !== undefined &&
      day >= currentFrom
    );
  }
  if (periodStart(item.start) > day) return false;
  if (item.end === undefined) return item.current === true;
  return periodEnd(item.end) >= day;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
