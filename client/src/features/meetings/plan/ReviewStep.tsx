import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { vocabLabelKey } from '../../../app/vocab';
import { FactList } from '../../../ui/FactList';
import { FormAlert } from '../../../ui/FormAlert';
import { formatLocale } from '../../../ui/useFormat';
import { formatMeetingRange } from '../meetingRange';
import { invitesAnyone, slotInstants, type PlanDraft } from './planDraft';
import type { PlanStepProps } from './PlanStepProps';
import type { PlaceWithoutContactPoint } from './useCreatePlannedMeeting';

interface ReviewStepProps extends PlanStepProps {
  /** Named by the server when the invitation was refused: offered to be left out. */
  withoutContactPoint: PlaceWithoutContactPoint[];
  onLeaveOut: (draft: PlanDraft) => void;
}

/** Everything at a glance before it is sent, in the meeting's zone and the reader's. */
export function ReviewStep({ draft, planning, withoutContactPoint, onLeaveOut }: ReviewStepProps) {
  const { t, i18n } = useTranslation();
  const locale = formatLocale(i18n.resolvedLanguage ?? 'en', typeof navigator === 'undefined' ? [] : navigator.languages);
  const countryName = (code: string) => planning.countries.find((country) => country.code === code)?.name ?? code;
  const range = (slot: PlanDraft['fixed']) => {
    const { startsAt, endsAt } = slotInstants(slot, draft.timeZone);
    return t('meetings.time.meetingZone', { range: formatMeetingRange(locale, startsAt, endsAt, draft.timeZone), zone: draft.timeZone });
  };
  const when =
    draft.when === 'FIXED' ? (
      range(draft.fixed)
    ) : (
      <List size="sm">
        {draft.slots.map((slot, index) => (
          // oxlint-disable-next-line react/no-array-index-key -- the slots' order is their identity here
          <List.Item key={index}>{range(slot)}</List.Item>
        ))}
      </List>
    );
  const scope =
    draft.level === 'REGIONAL'
      ? t('meetings.scope.REGIONAL')
      : t(`meetings.scope.${draft.level}`, { country: countryName(draft.countryCode), place: countryName(draft.countryCode) });
  const places = draft.contactPlaces.map((place) => `${place.name} (${place.countryCode})`).join(', ');
  return (
    <Stack gap="md">
      <FactList
        label={t('meetings.plan.reviewLabel')}
        facts={[
          { key: 'title', label: t('meetings.plan.title'), value: draft.title },
          { key: 'scope', label: t('meetings.facts.scope'), value: scope },
          { key: 'visibility', label: t('meetings.plan.visibility'), value: t(`meetings.plan.visibilityOption.${draft.visibility}`) },
          { key: 'when', label: draft.when === 'FIXED' ? t('meetings.facts.when') : t('meetings.plan.reviewSlots'), value: when },
          { key: 'format', label: t('meetings.facts.format'), value: t(`meetings.format.${draft.format}`) },
          { key: 'venue', label: t('meetings.facts.venue'), value: draft.format === 'ONLINE' ? null : draft.venue },
          { key: 'online', label: t('meetings.facts.online'), value: draft.format === 'IN_PERSON' ? null : draft.onlineLink },
          { key: 'capacity', label: t('meetings.plan.capacity'), value: draft.capacity },
          { key: 'hosts', label: t('meetings.facts.hosts'), value: [t('meetings.plan.you'), ...draft.hosts.map((h) => h.name)].join(', ') },
          { key: 'places', label: t('meetings.plan.reviewPlaces'), value: places },
          { key: 'experts', label: t('meetings.plan.experts'), value: draft.experts.map((e) => e.name).join(', ') },
          { key: 'role', label: t('meetings.plan.role'), value: draft.roles[0] ? t(vocabLabelKey('roles', draft.roles[0])) : null },
          { key: 'countries', label: t('meetings.plan.countries'), value: draft.countryCodes.map(countryName).join(', ') },
        ]}
      />
      {!invitesAnyone(draft) && <Text size="sm">{t('meetings.plan.nobodyInvited')}</Text>}
      {withoutContactPoint.length > 0 && (
        <FormAlert kind="error" title={t('meetings.plan.withoutContactPointTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('meetings.plan.withoutContactPoint')}</Text>
            <List size="sm">
              {withoutContactPoint.map((place) => (
                <List.Item key={place.municipalityId}>
                  {place.name} ({countryName(place.countryCode)})
                </List.Item>
              ))}
            </List>
            <Group>
              <Button
                variant="light"
                onClick={() =>
                  onLeaveOut({
                    ...draft,
                    contactPlaces: draft.contactPlaces.filter(
                      (p) => !withoutContactPoint.some((w) => w.municipalityId === p.municipalityId),
                    ),
                  })
                }
              >
                {t('meetings.plan.leaveOut')}
              </Button>
            </Group>
          </Stack>
        </FormAlert>
      )}
    </Stack>
  );
}
