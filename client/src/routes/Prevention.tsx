import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequireViewer } from '../features/account/RequireViewer';
import { PreventionCatalogue } from '../features/prevention/PreventionCatalogue';
import { usePreventionStrings } from '../features/prevention/preventionStrings';
import { PageHeader } from '../ui/PageHeader';

/** Members get the whole catalogue; visitors the activities the network shares publicly (dissemination). */
export function Prevention() {
  usePreventionStrings();
  const { t } = useTranslation('prevention');
  return (
    <RequireViewer visitors>
      {(viewer) =>
        viewer ? (
          <Stack gap="lg">
            <PageHeader title={t('title')} intro={t('intro')} />
            <PreventionCatalogue />
          </Stack>
        ) : (
          <Stack gap="lg">
            <PageHeader title={t('public.title')} intro={t('public.intro')} />
            <Text>
              {t('public.members')}{' '}
              <Anchor component={Link} to="/sign-in">
                {t('public.signIn')}
              </Anchor>
            </Text>
            <PreventionCatalogue publicOnly />
          </Stack>
        )
      }
    </RequireViewer>
  );
}
