/**
 * The whole messaging protocol in one map (name → params and reply), like Yomitan's ApiSurface.
 * Payloads are plain JSON: Chrome serialises runtime messages as JSON.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { NamedPerson } from '../lib/create-recogniser';
import type { Person } from '../lib/dataset/types';
import type { PagePerson } from '../lib/page/summarise-people';

export type { PagePerson };

export interface MatcherData {
  /** Dataset version, so a page can tell when its copy is stale. */
  version: string;
  asOf: string;
  people: NamedPerson[];
}

export interface PageSummary {
  url: string;
  title: string;
  people: PagePerson[];
}

interface ProtocolMap {
  /** Content script → background: what the recogniser needs to match names. */
  getMatcherData(): MatcherData;
  /** Any page → background: full records of people, in the order asked; unknown ids are left out. */
  getPeople(ids: string[]): Person[];
  /** Popup → content script of a tab: the people found on that page. */
  getPageSummary(): PageSummary;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
