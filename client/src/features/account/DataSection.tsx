import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { downloadText } from '../../ui/download';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';

export const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

export function DataSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const download = useMutationForm(async () => {
    // Not cached: the export is read fresh each time and not kept in memory afterwards.
    const { data } = await client.query({ query: MyDataQuery, fetchPolicy: 'no-cache' });
    if (data) downloadText('strom-my-data.json', data.myData, 'application/json');
  });

  return (
    <Section id="account-data" title={t('account.data.title')}>
      <Text>{t('account.data.intro')}</Text>
      {download.message && <FormAlert kind="error">{download.message}</FormAlert>}
      <Group>
        <Button variant="outline" onClick={() => void download.submit()} loading={download.pending}>
          {t('account.data.download')}
        </Button>
      </Group>
    </Section>
  );
}
