/** Turning a DateReading into a dataset date while keeping count of what was dropped. */

import { comparePartial, type DateReading } from './dates';
import type { BuildStats } from './model';

/**
 * The date to publish for one field, or undefined. Unreadable dates and dates after the source's
 * snapshot (typing slips such as 2030-01-02) are dropped and recorded; dates whose impossible
 * month or day was cut back to the year are kept and recorded.
 */
export function takeDate(
  reading: DateReading,
  field: string,
  where: string,
  snapshot: string,
  stats: BuildStats,
): string | undefined {
  if (reading.kind === 'unparseable') {
    stats.datesDropped.push({ field, text: reading.text, where });
    return undefined;
  }
  if (reading.kind !== 'date') return undefined;
  if (comparePartial(reading.date, snapshot) > 0) {
    stats.datesAfterSnapshot.push({ field, date: reading.date, where });
    return undefined;
  }
  if (reading.reduced) {
    stats.datesReduced.push({ field, text: reading.date, where });
  }
  return reading.date;
}
