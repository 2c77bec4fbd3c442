/**
 * The key a search term is compared on: the matching fold of lib/text/fold-text.ts (old and
 * new tone placement, i/y, look-alikes) with tones and the other marks dropped, so that
 * "phạm bình minh", "Pham Binh Minh" and "pham binh minh" are the same words, as are
 * "Thuỷ", "Thủy" and "thuy", or "Lý", "Lí" and "ly".
 */
import { asciiFold, foldText } from '../text/fold-text';

export function searchKey(term: string): string {
  return asciiFold(foldText(term).key.replace(/[1-5]/g, ''));
}
