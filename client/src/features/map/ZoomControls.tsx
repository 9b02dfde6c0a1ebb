import { ActionIcon, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ZoomControlsProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onReset: () => void;
}

/**
 * Above the map rather than over it: a button on the map would cover the markers under it. Never disabled at
 * a limit, where they do nothing: a disabled button would drop the keyboard focus of whoever pressed it.
 */
export function ZoomControls({ onZoomIn, onZoomOut, onReset }: ZoomControlsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <ActionIcon.Group aria-label={t('map.zoom.label')} aria-describedby={hintId}>
        <ActionIcon variant="default" size="lg" aria-label={t('map.zoom.in')} onClick={onZoomIn}>
          <span aria-hidden>+</span>
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={t('map.zoom.out')} onClick={onZoomOut}>
          <span aria-hidden>−</span>
        </ActionIcon>
        <ActionIcon variant="default" size="lg" aria-label={t('map.zoom.reset')} onClick={onReset}>
          <span aria-hidden>⤢</span>
        </ActionIcon>
      </ActionIcon.Group>
      <Text id={hintId} size="xs" c="dimmed">
        {t('map.zoom.hint')}
      </Text>
    </Group>
  );
}
