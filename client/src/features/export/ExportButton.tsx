import { useMutation } from '@apollo/client/react';
import { Button, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFinderStrings } from '../../app/finderStrings';
import { graphql } from '../../gql';
import type { ExpertFilter } from '../../gql/graphql';
import { downloadUrl } from '../../ui/download';
import { hasErrorCode } from '../../ui/graphqlError';
import { useMutationForm } from '../../ui/useMutationForm';

export const StartExpertExportMutation = graphql(`
  mutation StartExpertExport($filter: ExpertFilter) {
    startExpertExport(filter: $filter) {
      url
      expiresAt
    }
  }
`);

// The server streams the CSV from a single-use link valid for a minute: ask for it on click, then
// let the browser download it at once.
export function ExportButton({ filter }: { filter: ExpertFilter }) {
  useFinderStrings();
  const { t } = useTranslation();
  const [start] = useMutation(StartExpertExportMutation);
  const descriptionId = useId();
  const exportList = useMutationForm(async () => {
    const { data } = await start({ variables: { filter } });
    if (!data) throw new Error('startExpertExport answered without data');
    downloadUrl(data.startExpertExport.url);
  });
  // A reason the reader can act on (signed out, not allowed, too many exports) is said as such.
  const known = hasErrorCode(exportList.error, 'UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED', 'BAD_USER_INPUT');
  const failure = exportList.message && (known ? exportList.message : t('export.failed'));

  return (
    <Stack gap={4} align="flex-start">
      <Button variant="outline" loading={exportList.pending} onClick={() => void exportList.submit()} aria-describedby={descriptionId}>
        {t('export.button')}
      </Button>
      <Text id={descriptionId} size="xs" c="dimmed" hidden>
        {t('export.description')}
      </Text>
      {failure && (
        <Text role="alert" size="sm" c="red.9">
          {failure}
        </Text>
      )}
    </Stack>
  );
}
