import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData } from '../../gql';
import type { AdminActionPointFieldsFragment as ActionPoint } from '../../gql/graphql';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { hasErrorCode } from '../../ui/graphqlError';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ActionPointEditor } from './ActionPointEditor';
import { AdminActionPointFields, AdminActionPointsQuery, RetireActionPointMutation } from './actionPointDocuments';

/** The action points grouped by theme, themes in the order their first point comes in the guidelines. */
function byTheme(points: readonly ActionPoint[]): [string, ActionPoint[]][] {
  const themes = new Map<string, ActionPoint[]>();
  for (const point of points) themes.set(point.theme, [...(themes.get(point.theme) ?? []), point]);
  return [...themes.entries()];
}

const unique = (values: readonly string[]) => [...new Set(values)];

function ActionPointRow({ point, onEdit, onDone }: { point: ActionPoint; onEdit: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation('guidelines');
  const errorMessage = useErrorMessage();
  const [retire, { loading, error, reset }] = useMutation(RetireActionPointMutation, {
    refetchQueries: [AdminActionPointsQuery],
    awaitRefetchQueries: true,
  });
  const retired = point.retiredAt !== null;
  const toggle = async () => {
    reset();
    try {
      await retire({ variables: { input: { key: point.key, expectedVersion: point.version, retired: !retired } } });
      onDone(t(retired ? 'admin.broughtBack' : 'admin.retired', { key: point.key }));
    } catch {
      // Shown below the row.
    }
  };
  return (
    <Paper component="li" withBorder p="sm" aria-label={`${point.key}: ${point.label}`}>
      <Stack gap={6}>
        <Group gap="xs">
          <Text fw={600}>{point.key}</Text>
          {retired && (
            <Badge variant="outline" color="gray.8" tt="none">
              {t('admin.retiredBadge')}
            </Badge>
          )}
          {!point.confirmedInCbssMaterial && (
            <Badge variant="outline" color="violet.9" tt="none">
              {t('admin.otherGuidance')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c={retired ? 'dimmed' : undefined}>
          {point.label}
        </Text>
        <Text size="xs" data-testid={`translations-${point.key}`}>
          {point.translations.length === 0
            ? t('admin.noTranslations')
            : point.translations.map((tr) => `${tr.language}: ${tr.label}`).join(' · ')}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="outline" onClick={onEdit} aria-label={t('admin.editLabel', { key: point.key })}>
            {t('admin.edit')}
          </Button>
          <Button
            size="xs"
            variant="outline"
            color={retired ? undefined : 'red.9'}
            loading={loading}
            onClick={() => void toggle()}
            aria-label={t(retired ? 'admin.bringBackLabel' : 'admin.retireLabel', { key: point.key })}
          >
            {t(retired ? 'admin.bringBack' : 'admin.retire')}
          </Button>
        </Group>
        {error && <FormAlert kind="error">{hasErrorCode(error, 'CONFLICT') ? t('admin.conflict') : errorMessage(error)}</FormAlert>}
      </Stack>
    </Paper>
  );
}

/** /admin/action-points — the guidelines' action points by theme: reword, translate, add and retire (admins). */
export function ActionPointList() {
  const { t } = useTranslation('guidelines');
  const { data, error, refetch } = useQuery(AdminActionPointsQuery, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<ActionPoint | 'new' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!data) {
    if (hasErrorCode(error, 'FORBIDDEN', 'UNAUTHENTICATED')) return <EmptyState message={t('admin.forbidden')} />;
    return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={6} />;
  }
  const points = getFragmentData(AdminActionPointFields, data.guidelineActionPoints);
  const themes = byTheme(points);
  return (
    <Stack gap="lg">
      <Group>
        <Button
          onClick={() => {
            setDone(null);
            setEditing('new');
          }}
        >
          {t('admin.new')}
        </Button>
      </Group>
      {done && <FormAlert kind="success">{done}</FormAlert>}
      {points.length === 0 && <EmptyState message={t('admin.empty')} />}
      {themes.map(([theme, list]) => (
        <Stack key={theme} component="section" gap="xs" aria-labelledby={`theme-${list[0]!.key}`}>
          <Title order={2} size="h4" id={`theme-${list[0]!.key}`}>
            {theme}
          </Title>
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.map((point) => (
              <ActionPointRow
                key={point.key}
                point={point}
                onEdit={() => {
                  setDone(null);
                  setEditing(point);
                }}
                onDone={setDone}
              />
            ))}
          </Stack>
        </Stack>
      ))}
      {editing && (
        <ActionPointEditor
          point={editing === 'new' ? null : editing}
          themes={unique(points.map((p) => p.theme))}
          chapters={unique(points.map((p) => p.chapter))}
          onClose={() => setEditing(null)}
          onSaved={(key) => {
            setEditing(null);
            setDone(t(editing === 'new' ? 'admin.added' : 'admin.saved', { key }));
          }}
        />
      )}
    </Stack>
  );
}
