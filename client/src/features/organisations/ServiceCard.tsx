import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useFormat } from '../../ui/useFormat';
import classes from './ServiceCard.module.css';

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
  }
`);

export function ServiceCard({ service }: { service: FragmentType<typeof ServiceCardFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = getFragmentData(ServiceCardFragment, service);
  const facts = [
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
  ].filter((fact) => fact.value);

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
      {facts.length > 0 && (
        <dl className={classes.facts}>
          {facts.map((fact) => (
            <div key={fact.key} className={classes.fact}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
    </Stack>
  );
}
