import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLAN_STEPS } from './planDraft';

/** The wizard's steps in order; the ones already passed can be gone back to. */
export function PlanStepList({ current, onGo }: { current: number; onGo: (index: number) => void }) {
  const { t } = useTranslation();
  return (
    <Group component="ol" gap="md" aria-label={t('meetings.plan.stepsLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {PLAN_STEPS.map((step, index) => {
        const label = `${index + 1}. ${t(`meetings.plan.steps.${step}`)}`;
        return (
          <li key={step} aria-current={index === current ? 'step' : undefined}>
            {index < current ? (
              <Anchor component="button" type="button" size="sm" onClick={() => onGo(index)}>
                {label}
              </Anchor>
            ) : (
              <Text size="sm" fw={index === current ? 700 : 400} c={index === current ? undefined : 'dimmed'}>
                {label}
              </Text>
            )}
          </li>
        );
      })}
    </Group>
  );
}
