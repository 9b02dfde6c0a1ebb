import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { TagList } from '../../ui/TagList';
import { ScopeLabel } from '../places/ScopeLabel';

export const OrganisationRowFragment = graphql(`
  fragment OrganisationRow_organisation on Organisation {
    id
    name
    acronym
    type
    scope {
      ...ScopeLabel_scope
    }
    services {
      id
      kind
    }
  }
`);

export function OrganisationRow({ organisation }: { organisation: FragmentType<typeof OrganisationRowFragment> }) {
  const { t } = useTranslation();
  const data = getFragmentData(OrganisationRowFragment, organisation);
  const kinds = [...new Set(data.services.map((service) => service.kind))];

  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        <Anchor component={Link} to={`/organisations/${data.id}`} inherit>
          {data.name}
        </Anchor>
        {data.acronym && ` (${data.acronym})`}
      </Title>
      <Text size="sm">
        {t(`vocab.organisationTypes.${data.type}`)}
        {' · '}
        <ScopeLabel scope={data.scope} />
      </Text>
      {kinds.length > 0 && (
        <TagList label={t('organisation.services')} tags={kinds.map((kind) => ({ key: kind, label: t(`vocab.services.${kind}`) }))} />
      )}
    </Stack>
  );
}
