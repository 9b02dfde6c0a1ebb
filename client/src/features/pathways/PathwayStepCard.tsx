import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../gql';
import { PathwayStepFragment } from './pathwayDocuments';

// One step: the stage, who acts (an organisation and a role), what they do, the hand-over and whom to call. Phones and
// e-mails come only as far as the server lets this reader see them (organisation and member contact rules).
export function PathwayStepCard({ step, countryCode }: { step: FragmentType<typeof PathwayStepFragment>; countryCode: string }) {
  const { t } = useTranslation();
  const data = getFragmentData(PathwayStepFragment, step);
  const calls = [
    data.organisation?.phone && {
      key: 'org-phone',
      node: <Anchor href={`tel:${data.organisation.phone}`}>{data.organisation.phone}</Anchor>,
    },
    data.organisation?.email && {
      key: 'org-email',
      node: <Anchor href={`mailto:${data.organisation.email}`}>{data.organisation.email}</Anchor>,
    },
    data.contact && {
      key: 'contact',
      node: (
        <span>
          <Anchor component={Link} to={`/experts/${data.contact.expertId}`}>
            {data.contact.fullName}
          </Anchor>
          {data.contact.phone && (
            <>
              {' · '}
              <Anchor href={`tel:${data.contact.phone}`}>{data.contact.phone}</Anchor>
            </>
          )}
          {data.contact.email && (
            <>
              {' · '}
              <Anchor href={`mailto:${data.contact.email}`}>{data.contact.email}</Anchor>
            </>
          )}
        </span>
      ),
    },
  ].filter((c): c is { key: string; node: React.JSX.Element } => Boolean(c));

  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text fw={700}>
          {data.position}. {t(`vocab.nrmStages.${data.stage}`)}
        </Text>
        {data.crossBorder && (
          <Badge color="grape.9" variant="outline">
            {t('pathway.crossBorder')}
          </Badge>
        )}
      </Group>
      <Text>
        <Text span c="dimmed">
          {t('pathway.whoActs')}:{' '}
        </Text>
        {data.organisation ? (
          <Anchor component={Link} to={`/organisations/${data.organisation.id}`}>
            {data.organisation.name}
          </Anchor>
        ) : (
          t('pathway.noOrganisation')
        )}
        {data.chainRole && ` · ${t(`vocab.roles.${data.chainRole}`)}`}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{data.action}</Text>
      {data.handOver && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('pathway.handOver')}:{' '}
          </Text>
          {data.handOver}
        </Text>
      )}
      {calls.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('pathway.whomToCall')}:{' '}
          </Text>
          {calls.map((call, i) => (
            <span key={call.key}>
              {i > 0 && ' · '}
              {call.node}
            </span>
          ))}
        </Text>
      )}
      {data.resources.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('pathway.resources')}:{' '}
          </Text>
          {data.resources.map((resource, i) => (
            <span key={resource.id}>
              {i > 0 && ' · '}
              <Anchor component={Link} to={`/library/${resource.id}`}>
                {resource.title}
              </Anchor>
            </span>
          ))}
        </Text>
      )}
      {data.targetGroups.length > 0 && (
        <Text size="sm">
          <Text span c="dimmed">
            {t('pathway.targetGroups')}:{' '}
          </Text>
          {data.targetGroups.map((g) => t(`vocab.targetGroups.${g}`)).join(', ')}
        </Text>
      )}
      {data.refersToNational && (
        <Anchor size="sm" component={Link} to={`/pathways/national/${countryCode}`}>
          {t('pathway.refersToNational')}
        </Anchor>
      )}
    </Stack>
  );
}
