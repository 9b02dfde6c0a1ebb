import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A passage the server's guardrail refused, as its error names it. */
export interface RefusedPassage {
  field: string;
  text: string;
}

/**
 * The passages of the server's typed refusal (BAD_USER_INPUT with a `guardrail` extension: the field and the
 * findings the author neither removed nor confirmed); empty for any other failure.
 */
export function guardrailRefusal(error: unknown): RefusedPassage[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const guardrail = e.extensions?.['guardrail'];
    if (typeof guardrail !== 'object' || guardrail === null) return [];
    const field = 'field' in guardrail ? guardrail.field : undefined;
    const findings: unknown = 'findings' in guardrail ? guardrail.findings : undefined;
    if (typeof field !== 'string' || !Array.isArray(findings)) return [];
    return findings.flatMap((finding: unknown) =>
      typeof finding === 'object' && finding !== null && 'text' in finding && typeof finding.text === 'string'
        ? [{ field, text: finding.text }]
        : [],
    );
  });
}
