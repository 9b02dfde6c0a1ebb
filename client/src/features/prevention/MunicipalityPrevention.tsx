import { Anchor, Text } from '@mantine/core';
import { PAGE_SIZE_DEFAULT } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getFragmentData } from '../../gql';
import { ConnectionList } from '../../ui/ConnectionList';
import { Section } from '../../ui/Section';
import { useConnectionQuery } from '../../ui/useConnectionQuery';
import { PreventionActivitiesQuery, PreventionListItemFragment } from './preventionDocuments';
import { usePreventionFormat } from './preventionFormat';
import { usePreventionStrings } from './preventionStrings';

/** The municipality page's section: the catalogue's activities that took place there, for members. */
export function MunicipalityPrevention({ municipality, member }: { municipality: { id: string; name: string }; member: boolean }) {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  return (
    <Section id="municipality-prevention" title={t('municipality.title')}>
      {member ? <Activities municipality={municipality} /> : <Text>{t('municipality.signIn')}</Text>}
    </Section>
  );
}

function Activities({ municipality }: { municipality: { id: string; name: string } }) {
  const { t } = useTranslation('prevention');
  const describe = usePreventionFormat();
  const list = useConnectionQuery(
    PreventionActivitiesQuery,
    { variables: { first: PAGE_SIZE_DEFAULT, filter: { municipalityId: municipality.id } }, fetchPolicy: 'cache-and-network' },
    (data) => data.preventionActivities,
  );
  const connection = list.connection && {
    ...list.connection,
    edges: list.connection.edges.map((edge) => ({ node: getFragmentData(PreventionListItemFragment, edge.node) })),
  };
  return (
    <>
      <ConnectionList
        label={t('municipality.title')}
        list={{ ...list, connection }}
        emptyMessage={t('municipality.empty')}
        renderNode={(activity) => (
          <Text>
            <Anchor component={Link} to={`/prevention/${activity.id}`}>
              {activity.title}
            </Anchor>
            {` · ${describe.period(activity)}`}
          </Text>
        )}
      />
      <Anchor component={Link} to={`/prevention/new?${new URLSearchParams({ municipality: municipality.id })}`}>
        {t('municipality.add')}
      </Anchor>
    </>
  );
}
