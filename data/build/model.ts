/** Types shared by the build steps (the published shape is lib/dataset/types.ts). */

import type { Person, Position } from '../../lib/dataset/types';

/** How a source's gender statement was read, for the report. */
export type GenderSignal = 'na15' | 'na16' | 'title' | 'summary-noun' | 'summary-pronoun';

/** A person as one source describes them, before merging and id assignment. */
export interface Draft {
  /** "viwiki:<page id>" or "na16:<source id>". */
  sourceKey: string;
  name: string;
  aliases: string[];
  gender?: Person['gender'];
  genderSignal?: GenderSignal;
  birth?: string;
  hometown?: string;
  /** Place of birth as written (political-net `birth_place`). */
  birthplace?: string;
  positions: Position[];
  /** The birth date stated in the article lead, when political-net's infobox disagrees. */
  leadBirth?: string;
  /** Used for the id when there is no birth year. */
  idHint: string;
}

/** Counters and notes the build prints with --report. */
export interface BuildStats {
  datesDropped: { field: string; text: string; where: string }[];
  datesReduced: { field: string; text: string; where: string }[];
  datesAfterSnapshot: { field: string; date: string; where: string }[];
  startAfterEnd: { where: string; start: string; end: string }[];
  notes: string[];
  /** Where merged sources disagree: the values (each prefixed by its source) and the one kept. */
  conflicts: { name: string; field: string; values: string[]; kept: string }[];
  /** Raw texts of positions that could not be read into title + body. */
  unparsed: string[];
  counters: Record<string, number>;
}

export function newStats(): BuildStats {
  return {
    datesDropped: [],
    datesReduced: [],
    datesAfterSnapshot: [],
    startAfterEnd: [],
    notes: [],
    conflicts: [],
    unparsed: [],
    counters: {},
  };
}

export function count(stats: BuildStats, key: string, by = 1): void {
  stats.counters[key] = (stats.counters[key] ?? 0) + by;
}
