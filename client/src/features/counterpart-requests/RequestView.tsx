import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabLabelKey } from '../../app/vocab';
import { getFragmentData, type FragmentType } from '../../gql';
import { FactList } from '../../ui/FactList';
import { Section } from '../../ui/Section';
import { useFormat } from '../../ui/useFormat';
import { RequestActions } from './RequestActions';
import { RequestThread } from './RequestThread';
import { RequestPageFragment } from './requestDocuments';

/** One request: what is asked, who was asked and what they answered, the thread, and what the viewer may do. */
export function RequestView({ request: ref }: { request: FragmentType<typeof RequestPageFragment> }) {
  const request = getFragmentData(RequestPageFragment, ref);
  const { t } = useTranslation('requests');
  const { t: tv } = useTranslation();
  const format = useFormat();
  const from = request.fromMunicipalityName ?? request.fromCountryName;
  const to = request.toMunicipalityName ?? request.toCountryName;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1}>{t('detail.heading', { from, to })}</Title>
          <Badge variant="outline" color="dark" data-testid="request-status">
            {t(`status.${request.status}`)}
          </Badge>
        </Group>
        <Text size="sm">
          {t('detail.requester', { name: request.requester.name })}
          {request.requester.organisationName ? ` (${request.requester.organisationName})` : ''} ·{' '}
          {t('detail.asked', { when: format.dateTime(request.createdAt) })}
        </Text>
        {request.closedAt && request.outcome && (
          <Text size="sm" fw={500}>
            {t('detail.closed', { when: format.dateTime(request.closedAt), outcome: t(`outcome.${request.outcome}`) })}
          </Text>
        )}
      </Stack>
      <FactList
        facts={[
          { key: 'service', label: t('form.service'), value: tv(vocabLabelKey('services', request.service)) },
          { key: 'form', label: t('form.form'), value: tv(vocabLabelKey('formsOfExploitation', request.formOfExploitation)) },
          { key: 'group', label: t('form.targetGroup'), value: tv(vocabLabelKey('targetGroups', request.targetGroup)) },
          { key: 'urgency', label: t('urgency.label'), value: t(`urgency.${request.urgency}`) },
          { key: 'role', label: t('form.role'), value: request.role ? tv(vocabLabelKey('roles', request.role)) : null },
        ]}
      />
      <Text style={{ whiteSpace: 'pre-wrap' }}>{request.message}</Text>
      <RequestActions request={request} />
      <Section id="request-recipients" title={t('detail.recipients')}>
        {/* A list rather than a table: it wraps at 390 px instead of scrolling sideways. */}
        <Stack component="ul" gap="xs" aria-label={t('detail.recipients')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {request.recipients.map((recipient, index) => (
            <Paper component="li" key={`${recipient.name}-${index}`} withBorder p="sm">
              <Text fw={500}>
                {recipient.name} {recipient.isViewer && t('detail.you')}
              </Text>
              {recipient.organisationName && <Text size="sm">{recipient.organisationName}</Text>}
              {recipient.forwardedByName && <Text size="sm">{t('detail.forwardedBy', { name: recipient.forwardedByName })}</Text>}
              <Text size="sm" fw={500} data-testid="recipient-state">
                {t(`state.${recipient.state}`)}
                {recipient.answeredAt && ` · ${format.dateTime(recipient.answeredAt)}`}
              </Text>
              {recipient.reason && <Text size="sm">{recipient.reason}</Text>}
            </Paper>
          ))}
        </Stack>
      </Section>
      <RequestThread request={request} />
    </Stack>
  );
}
