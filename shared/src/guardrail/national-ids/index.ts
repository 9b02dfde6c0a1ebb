import { FindingSpans } from '../spans.js';
import type { Finding } from '../types.js';
import { OTHER_NUMBER_LABELS } from '../other-number-labels.js';
import { hasDigit, matchesOf, saidBefore } from '../text-scan.js';
import { balticPersonalCode } from './baltic-personal-code.js';
import { danishCpr } from './danish-cpr.js';
import { finnishPersonalCode } from './finnish-personal-code.js';
import { germanTaxId } from './german-tax-id.js';
import { newLatvianCode, oldLatvianCode } from './latvian-personal-code.js';
import { norwegianBirthNumber } from './norwegian-birth-number.js';
import { pesel } from './pesel.js';
import type { NationalIdRule } from './rule.js';
import { russianSnils } from './russian-snils.js';
import { swedishPersonalNumber } from './swedish-personal-number.js';

/** In this order: where two countries' numbers look alike, the first rule that holds names the finding. */
const RULES: readonly NationalIdRule[] = [
  pesel,
  balticPersonalCode,
  oldLatvianCode,
  newLatvianCode,
  norwegianBirthNumber,
  finnishPersonalCode,
  swedishPersonalNumber,
  danishCpr,
  germanTaxId,
  russianSnils,
];

export function detectNationalIds(text: string): Finding[] {
  if (!hasDigit(text)) return [];
  const findings = new FindingSpans();
  for (const rule of RULES) {
    for (const match of matchesOf(text, rule.pattern)) {
      const reason = rule.check(match, text);
      if (reason === null || saidBefore(text, match.start, OTHER_NUMBER_LABELS, 30)) continue;
      findings.add({ kind: 'NATIONAL_ID', start: match.start, end: match.end, text: match.text, reason });
    }
  }
  return findings.sorted;
}
