import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { downloadText } from '../../ui/download';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useErrorMessage } from '../../ui/useErrorMessage';

export const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

export function DataSection() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const errorMessage = useErrorMessage();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    setLoading(true);
    setError(null);
    try {
      // Not cached: the export is read fresh each time and not kept in memory afterwards.
      const { data } = await client.query({ query: MyDataQuery, fetchPolicy: 'no-cache' });
      if (data) downloadText('strom-my-data.json', data.myData, 'application/json');
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Section id="account-data" title={t('account.data.title')}>
      <Text>{t('account.data.intro')}</Text>
      {error !== null && <FormAlert kind="error">{errorMessage(error)}</FormAlert>}
      <Group>
        <Button variant="outline" onClick={() => void download()} loading={loading}>
          {t('account.data.download')}
        </Button>
      </Group>
    </Section>
  );
}
