import { useQuery } from '@apollo/client/react';
import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import { ErrorState } from '../../ui/ErrorState';
import { ListSkeleton } from '../../ui/ListSkeleton';

export const JoinContactsQuery = graphql(`
  query JoinContacts {
    joinContacts {
      countryCode
      countryName
      organisations {
        id
        name
      }
    }
  }
`);

/** Per STROM country, the organisations of its national coordinators: whom to ask for an invitation. */
export function JoinContacts() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(JoinContactsQuery);
  if (!data) return error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={5} height={24} />;
  return (
    <List spacing="xs" aria-label={t('join.contactsLabel')}>
      {data.joinContacts.map((contact) => (
        <List.Item key={contact.countryCode}>
          <Text span fw={600}>
            {contact.countryName}
          </Text>
          {': '}
          {contact.organisations.length === 0
            ? t('join.noListedCoordinator')
            : contact.organisations.map((organisation, index) => (
                <span key={organisation.id}>
                  {index > 0 && ', '}
                  <Anchor component={Link} to={`/organisations/${organisation.id}`}>
                    {organisation.name}
                  </Anchor>
                </span>
              ))}
        </List.Item>
      ))}
    </List>
  );
}
