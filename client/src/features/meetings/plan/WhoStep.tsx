import { Checkbox, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { MEETING_HOSTS_MAX } from '@strom/shared';
import { useTranslation } from 'react-i18next';
import { vocabKeys, vocabLabelKey } from '../../../app/vocab';
import { ContactPointPicker } from './ContactPointPicker';
import { PeoplePicker } from './PeoplePicker';
import type { PlanStepProps } from './PlanStepProps';

/** Who: co-hosts, experts by name, municipalities' contact points, members holding a role, whole countries. */
export function WhoStep({ draft, update, planning }: PlanStepProps) {
  const { t } = useTranslation();
  const roles = vocabKeys('roles');
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('meetings.plan.hostsHeading')}
        </Title>
        <Text size="sm">{t('meetings.plan.hostsIntro')}</Text>
        <PeoplePicker
          label={t('meetings.plan.hosts')}
          chosen={draft.hosts}
          onChange={(hosts) => update({ hosts })}
          max={MEETING_HOSTS_MAX - 1}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('meetings.plan.placesHeading')}
        </Title>
        <ContactPointPicker
          countries={planning.countries}
          chosen={draft.contactPlaces}
          onChange={(contactPlaces) => update({ contactPlaces })}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('meetings.plan.expertsHeading')}
        </Title>
        <PeoplePicker label={t('meetings.plan.experts')} chosen={draft.experts} onChange={(experts) => update({ experts })} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t('meetings.plan.rolesHeading')}
        </Title>
        <NativeSelect
          label={t('meetings.plan.role')}
          description={t('meetings.plan.roleHint')}
          value={draft.roles[0] ?? ''}
          data={[
            { value: '', label: t('meetings.plan.noRole') },
            ...roles.map((role) => ({ value: role, label: t(vocabLabelKey('roles', role)) })),
          ]}
          onChange={(event) => {
            const role = roles.find((key) => key === event.currentTarget.value);
            update({ roles: role ? [role] : [] });
          }}
        />
        <Checkbox.Group
          label={t('meetings.plan.countries')}
          description={draft.roles.length > 0 ? t('meetings.plan.countriesWithRole') : t('meetings.plan.countriesAll')}
          value={draft.countryCodes}
          onChange={(countryCodes) => update({ countryCodes })}
        >
          <Group gap="md" mt="xs">
            {planning.countries.map((country) => (
              <Checkbox key={country.code} value={country.code} label={country.name} />
            ))}
          </Group>
        </Checkbox.Group>
      </Stack>
    </Stack>
  );
}
