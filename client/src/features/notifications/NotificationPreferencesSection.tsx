import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { DigestFrequency } from '../../gql/graphql';
import { ErrorState } from '../../ui/ErrorState';
import { FormAlert } from '../../ui/FormAlert';
import { ListSkeleton } from '../../ui/ListSkeleton';
import { Section } from '../../ui/Section';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      mentionEmails
      digest
      digestWeekday
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      mentionEmails
      digest
      digestWeekday
    }
  }
`);

type Preferences = { mentionEmails: boolean; digest: DigestFrequency; digestWeekday: number };
const FREQUENCIES: DigestFrequency[] = ['DAILY', 'WEEKLY', 'OFF'];

/** Which notifications come by e-mail: mentions at once, and a daily or weekly digest of the rest. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(NotificationPreferencesQuery);
  let body;
  if (!data) body = error ? <ErrorState onRetry={() => void refetch()} /> : <ListSkeleton rows={3} height={28} />;
  else body = <PreferencesForm saved={data.notificationPreferences} />;
  return (
    <Section id="account-notifications" title={t('account.notifications.title')}>
      <Text size="sm">{t('account.notifications.intro')}</Text>
      {body}
    </Section>
  );
}

function PreferencesForm({ saved }: { saved: Preferences }) {
  const { t, i18n } = useTranslation();
  const [update] = useMutation(UpdateNotificationPreferencesMutation, {
    update: (cache, { data }) => {
      if (data)
        cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: data.updateNotificationPreferences } });
    },
  });
  const [values, setValues] = useState<Preferences>({
    mentionEmails: saved.mentionEmails,
    digest: saved.digest,
    digestWeekday: saved.digestWeekday,
  });
  const [done, setDone] = useState(false);
  const form = useMutationForm(async () => {
    await update({ variables: { input: values } });
    setDone(true);
  });
  const weekdays = useMemo(() => weekdayOptions(i18n.resolvedLanguage ?? 'en'), [i18n.resolvedLanguage]);
  const change = (next: Partial<Preferences>) => {
    setDone(false);
    setValues((current) => ({ ...current, ...next }));
  };

  return (
    <form onSubmit={submitHandler(form)} noValidate aria-label={t('account.notifications.title')}>
      <Stack gap="sm" maw={480}>
        {done && <FormAlert kind="success">{t('account.notifications.saved')}</FormAlert>}
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        <Checkbox
          label={t('account.notifications.mentionEmails')}
          checked={values.mentionEmails}
          onChange={(event) => change({ mentionEmails: event.currentTarget.checked })}
        />
        <Radio.Group
          label={t('account.notifications.digest')}
          value={values.digest}
          onChange={(next) => change({ digest: next as DigestFrequency })}
        >
          <Stack gap="xs" mt="xs">
            {FREQUENCIES.map((frequency) => (
              <Radio key={frequency} value={frequency} label={t(`account.notifications.frequency.${frequency}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {values.digest === 'WEEKLY' && (
          <NativeSelect
            label={t('account.notifications.weekday')}
            data={weekdays}
            value={String(values.digestWeekday)}
            onChange={(event) => change({ digestWeekday: Number(event.currentTarget.value) })}
            error={form.fieldErrors['digestWeekday']}
          />
        )}
        <Group>
          <Button type="submit" loading={form.pending}>
            {t('account.notifications.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** ISO weekdays 1 (Monday) … 7 (Sunday) named in the reader's language. */
function weekdayOptions(locale: string) {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  return Array.from({ length: 7 }, (_, index) => ({ value: String(index + 1), label: name.format(Date.UTC(2024, 0, 1 + index)) }));
}
