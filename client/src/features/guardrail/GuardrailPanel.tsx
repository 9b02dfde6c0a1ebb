import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Finding, GuardrailConfirmation } from '@strom/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './GuardrailPanel.module.css';

/** Characters of the text shown on each side of a finding, so the author sees where it is. */
const CONTEXT = 30;

interface GuardrailPanelProps {
  /** The text the findings were found in. */
  text: string;
  findings: readonly Finding[];
  confirmations: readonly GuardrailConfirmation[];
  /** Take the finding's span out of the text. */
  onRemove: (finding: Finding) => void;
  /** The author says the finding is not a victim's personal data. */
  onConfirm: (finding: Finding) => void;
  /** Take a confirmation back. */
  onUnconfirm: (finding: Finding) => void;
  /** Heading level of the panel's title in the page it sits in. */
  headingOrder?: 2 | 3 | 4;
  /** The panel's title where a form has several guarded fields (each panel is a region and needs its own name). */
  title?: string;
}

const isConfirmed = (finding: Finding, confirmations: readonly GuardrailConfirmation[]) =>
  confirmations.some((c) => c.kind === finding.kind && c.text === finding.text);

/**
 * What the victim-data guardrail found in a text, each with its passage and reason, to remove or to confirm as not a
 * victim's personal data. The summary is a polite live region: it speaks when the count changes, not on every key.
 */
export function GuardrailPanel({
  text,
  findings,
  confirmations,
  onRemove,
  onConfirm,
  onUnconfirm,
  headingOrder = 3,
  title,
}: GuardrailPanelProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const open = findings.filter((f) => !isConfirmed(f, confirmations)).length;
  const summary =
    findings.length === 0 ? t('guardrail.none') : open === 0 ? t('guardrail.allConfirmed') : t('guardrail.open', { count: open });

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="sm">
      <Stack gap="xs">
        <Title order={headingOrder} size="h5" id={headingId}>
          {title ?? t('guardrail.heading')}
        </Title>
        <Text component="output" size="sm" aria-live="polite" display="block">
          {summary}
        </Text>
        {findings.length > 0 && (
          <Stack component="ul" gap="sm" className={classes.list} aria-labelledby={headingId}>
            {findings.map((finding) => {
              const confirmed = isConfirmed(finding, confirmations);
              const label = t(`guardrail.kinds.${finding.kind}`);
              const toggle = confirmed ? onUnconfirm : onConfirm;
              const confirmLabel = confirmed ? 'guardrail.unconfirmLabel' : 'guardrail.confirmLabel';
              return (
                <li key={`${finding.kind}:${finding.start}`} className={classes.finding} aria-label={`${label}: ${finding.text}`}>
                  <Text size="sm" fw={600}>
                    {label}
                    {confirmed && ` · ${t('guardrail.confirmed')}`}
                  </Text>
                  <Text size="sm">
                    {text.slice(Math.max(0, finding.start - CONTEXT), finding.start)}
                    <mark>{finding.text}</mark>
                    {text.slice(finding.end, finding.end + CONTEXT)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {finding.reason}
                  </Text>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onRemove(finding)}
                      aria-label={t('guardrail.removeLabel', { text: finding.text })}
                    >
                      {t('guardrail.remove')}
                    </Button>
                    <Button
                      size="xs"
                      variant={confirmed ? 'subtle' : 'default'}
                      onClick={() => toggle(finding)}
                      aria-label={t(confirmLabel, { text: finding.text })}
                    >
                      {t(confirmed ? 'guardrail.unconfirm' : 'guardrail.confirm')}
                    </Button>
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
