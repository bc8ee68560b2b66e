/** How checks name a VIPARANGE in messages. */
import type { RangeFact } from '../../model/sysplex-model.js';

export function describeRange(range: RangeFact): string {
  return `${range.network}/${range.prefixLength}`;
}
