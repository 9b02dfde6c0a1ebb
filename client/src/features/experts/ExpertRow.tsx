import { Anchor, Stack, Text, Title, type TitleOrder } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { TagList } from '../../ui/TagList';
import { useFormat } from '../../ui/useFormat';
import { AffiliationLine } from './AffiliationLine';
import { ExpertContacts } from './ExpertContacts';

export const ExpertRowFragment = graphql(`
  fragment ExpertRow_expert on Expert {
    id
    fullName
    title
    ...AffiliationLine_expert
    languages
    roles {
      id
      role
      status
    }
    ...ExpertContacts_expert
  }
`);

interface ExpertRowProps {
  expert: FragmentType<typeof ExpertRowFragment>;
  headingOrder?: TitleOrder;
  /** Off where the organisation is already the page's subject. */
  showOrganisation?: boolean;
}

export function ExpertRow({ expert, headingOrder = 2, showOrganisation = true }: ExpertRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = getFragmentData(ExpertRowFragment, expert);
  const roles = [...new Set(data.roles.filter((assignment) => assignment.status === 'CURRENT').map((assignment) => assignment.role))];

  return (
    <Stack gap={4}>
      <Title order={headingOrder} size="h4">
        <Anchor component={Link} to={`/experts/${data.id}`} inherit>
          {data.fullName}
        </Anchor>
      </Title>
      {data.title && <Text size="sm">{data.title}</Text>}
      <Text size="sm">
        <AffiliationLine expert={data} showOrganisation={showOrganisation} />
      </Text>
      {roles.length > 0 && (
        <TagList label={t('expert.roles')} tags={roles.map((role) => ({ key: role, label: t(`vocab.roles.${role}`) }))} />
      )}
      {data.languages.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('expert.speaks', { languages: data.languages.map(format.languageName).join(', ') })}
        </Text>
      )}
      <ExpertContacts expert={data} size="sm" />
    </Stack>
  );
}
