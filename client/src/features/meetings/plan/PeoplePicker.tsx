import { useQuery } from '@apollo/client/react';
import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPerson } from './planDraft';
import { MeetingCandidatesQuery } from './planDocuments';

interface PeoplePickerProps {
  /** Names the search field and the chosen list ("Hosts besides you"). */
  label: string;
  chosen: PlanPerson[];
  onChange: (people: PlanPerson[]) => void;
  max?: number;
}

/** Members found by name (active accounts only), added and removed with buttons: keyboard-first, no pop-up to lose. */
export function PeoplePicker({ label, chosen, onChange, max }: PeoplePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const searched = useDeferredValue(text.trim());
  const { data, loading } = useQuery(MeetingCandidatesQuery, { variables: { text: searched }, skip: searched.length < 2 });
  const found = (data?.meetingCandidates ?? []).filter((person) => !chosen.some((c) => c.userId === person.userId));
  const full = max !== undefined && chosen.length >= max;
  return (
    <Stack gap="xs">
      <TextInput
        label={label}
        description={t('meetings.plan.searchHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      {searched.length >= 2 && !loading && found.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('meetings.plan.nobodyFound')}
        </Text>
      )}
      {found.length > 0 && (
        <List listStyleType="none" spacing={4} aria-label={t('meetings.plan.foundFor', { label })}>
          {found.map((person) => (
            <List.Item key={person.userId}>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={full}
                  onClick={() => onChange([...chosen, person])}
                  aria-label={t('meetings.plan.addPerson', { name: person.name })}
                >
                  {t('meetings.plan.add')}
                </Button>
                <Text size="sm">
                  {person.name}
                  {person.organisationName ? ` · ${person.organisationName}` : ''} ({person.countryCode})
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {chosen.length > 0 && (
        <List listStyleType="none" spacing={4} aria-labelledby={`${id}-chosen`}>
          <Text id={`${id}-chosen`} size="sm" fw={600}>
            {t('meetings.plan.chosen', { label, count: chosen.length })}
          </Text>
          {chosen.map((person) => (
            <List.Item key={person.userId}>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  onClick={() => onChange(chosen.filter((c) => c.userId !== person.userId))}
                  aria-label={t('meetings.plan.removePerson', { name: person.name })}
                >
                  {t('meetings.plan.remove')}
                </Button>
                <Text size="sm">{person.name}</Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
