import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, List, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { hasErrorCode } from '../../ui/graphqlError';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { useFormat } from '../../ui/useFormat';
import classes from './GuidelineProgress.module.css';
import { GuidelineProgressQuery, GuidelineTrackerFragment } from './guidelineDocuments';
import { GuidelineStatusEditor, type EditedItem } from './GuidelineStatusEditor';
import { useGuidelineStrings } from './guidelineStrings';
import { StatusBadge } from './StatusBadge';

function Tracker({ municipalityId }: { municipalityId: string }) {
  const { t } = useTranslation('guidelines');
  const format = useFormat();
  const { data, error, refetch } = useQuery(GuidelineProgressQuery, { variables: { municipalityId } });
  const [editing, setEditing] = useState<EditedItem | null>(null);
  if (hasErrorCode(error, 'FORBIDDEN')) return <Text>{t('progress.forbidden')}</Text>;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <ListSkeleton />;
  const progress = data.guidelineProgress;
  const tracker = getFragmentData(GuidelineTrackerFragment, progress);
  const { counts } = tracker;
  const applicable = counts.total - counts.notApplicable;
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text>
          {counts.percent === null
            ? t('progress.summaryNone')
            : t('progress.summary', { inPlace: counts.inPlace, applicable, percent: counts.percent })}
        </Text>
        <Progress value={counts.percent ?? 0} color="green.9" aria-label={t(`level.${counts.level}`)} />
        <Text size="sm" c="dimmed">
          {tracker.lastReviewedAt
            ? t('progress.lastReviewed', { date: format.dateTime(tracker.lastReviewedAt) })
            : t('progress.neverReviewed')}
        </Text>
        <Anchor component={Link} to={`/guidelines/${progress.municipality.country.code}`}>
          {t('progress.countryLink', { country: progress.municipality.country.name })}
        </Anchor>
      </Stack>
      {/* Scrolls sideways on a phone: focusable so keyboard users can scroll it too (axe: scrollable-region-focusable). */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must take focus */}
      <section className={classes.scroll} tabIndex={0} aria-label={t('progress.actionPoints')}>
        <Table striped verticalSpacing="xs" miw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('progress.actionPoint')}</Table.Th>
              <Table.Th scope="col">{t('progress.statusColumn')}</Table.Th>
              <Table.Th scope="col">{t('progress.evidenceColumn')}</Table.Th>
              <Table.Th scope="col">{t('progress.reviewedColumn')}</Table.Th>
              {progress.viewerCan.edit && (
                <Table.Th scope="col">
                  <VisuallyHidden>{t('progress.review')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tracker.items.map((item) => (
              <Table.Tr key={item.id} data-action-point={item.actionPoint.key}>
                <Table.Th scope="row" fw={400}>
                  <Text size="sm" fw={600} span>
                    {item.actionPoint.key}
                  </Text>{' '}
                  <Text size="sm" span>
                    {item.actionPoint.label}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <StatusBadge status={item.status} />
                  {item.reason && <Text size="xs">{item.reason}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.evidenceText}</Text>
                  {item.evidenceLink && (
                    <Anchor href={item.evidenceLink} size="sm" target="_blank" rel="noreferrer noopener">
                      {item.evidenceLink}
                    </Anchor>
                  )}
                  {item.evidenceStepId && <Text size="xs">{t('progress.stepEvidence')}</Text>}
                  {item.evidenceResource && (
                    <Anchor component={Link} to={`/library/${item.evidenceResource.id}`} size="sm" display="block">
                      {item.evidenceResource.title}
                    </Anchor>
                  )}
                  {item.responsibleOrganisation && <Text size="xs">{item.responsibleOrganisation.name}</Text>}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{item.reviewedAt ? format.dateTime(item.reviewedAt) : t('progress.neverReviewed')}</Text>
                  {item.dueForReview && (
                    <Badge color="red.9" variant="outline" tt="none">
                      {t('progress.due')}
                    </Badge>
                  )}
                </Table.Td>
                {progress.viewerCan.edit && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="outline"
                      aria-label={t('progress.reviewLabel', { key: item.actionPoint.key })}
                      onClick={() => setEditing(item)}
                    >
                      {t('progress.review')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      <Stack gap={4}>
        <Text fw={600}>{t('progress.changes')}</Text>
        {tracker.recentChanges.length === 0 ? (
          <Text size="sm">{t('progress.noChanges')}</Text>
        ) : (
          <List size="sm" spacing={2}>
            {tracker.recentChanges.map((change) => (
              <List.Item key={change.id}>
                {format.dateTime(change.changedAt)} ·{' '}
                {change.previousStatus
                  ? t('progress.change', {
                      key: change.actionPointKey,
                      from: t(`status.${change.previousStatus}`),
                      to: t(`status.${change.status}`),
                    })
                  : t('progress.changeNew', { key: change.actionPointKey, to: t(`status.${change.status}`) })}
                {change.authorName ? ` · ${t('progress.by', { name: change.authorName })}` : ''}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      {editing && (
        <GuidelineStatusEditor
          municipalityId={municipalityId}
          countryCode={progress.municipality.country.code}
          item={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

/** A municipality's guideline progress, for its page: members who may read the tracker see it, others are told who can. */
export function GuidelineProgress({ municipalityId, member }: { municipalityId: string; member: boolean }) {
  useGuidelineStrings();
  const { t } = useTranslation('guidelines');
  if (!member) return <Text>{t('progress.visitors')}</Text>;
  return <Tracker municipalityId={municipalityId} />;
}
