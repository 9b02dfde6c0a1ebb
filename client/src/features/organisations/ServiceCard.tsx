import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { FactList, type Fact } from '../../ui/FactList';
import { useFormat } from '../../ui/useFormat';

export const ServiceCardFragment = graphql(`
  fragment ServiceCard_service on OrganisationService {
    id
    kind
    capacity
    targetGroups
    languages
    available24x7
    formsOfExploitation
    description
    hotline
    address
  }
`);

export function ServiceCard({ service }: { service: FragmentType<typeof ServiceCardFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = getFragmentData(ServiceCardFragment, service);
  const facts: Fact[] = [
    {
      key: 'hotline',
      label: t('organisation.hotline'),
      value: data.hotline && <Anchor href={`tel:${data.hotline}`}>{data.hotline}</Anchor>,
    },
    { key: 'address', label: t('organisation.address'), value: data.address },
    {
      key: 'capacity',
      label: t('organisation.capacity'),
      value: data.capacity === null ? null : format.number(data.capacity),
    },
    {
      key: 'targetGroups',
      label: t('organisation.targetGroups'),
      value: data.targetGroups.map((group) => t(`vocab.targetGroups.${group}`)).join(', '),
    },
    {
      key: 'languages',
      label: t('organisation.languages'),
      value: data.languages.map(format.languageName).join(', '),
    },
    {
      key: 'forms',
      label: t('organisation.formsHandled'),
      value: data.formsOfExploitation.map((form) => t(`vocab.formsOfExploitation.${form}`)).join(', '),
    },
  ];

  return (
    <Stack gap="xs">
      <Group gap="xs" align="center">
        <Title order={3} size="h4">
          {t(`vocab.services.${data.kind}`)}
        </Title>
        {data.available24x7 && (
          <Badge color="teal.9" variant="filled" tt="none">
            {t('organisation.available24x7')}
          </Badge>
        )}
      </Group>
      {data.description && <Text size="sm">{data.description}</Text>}
      <FactList facts={facts} small />
    </Stack>
  );
}
