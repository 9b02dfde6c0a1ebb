import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useDeferredValue, useId, useState } from 'react';
import { useForumsT } from '../../app/forumStrings';
import { getFragmentData, type FragmentType } from '../../gql';
import type { ForumRole } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { Section } from '../../ui/Section';
import { useMutationForm } from '../../ui/useMutationForm';
import {
  AddForumMembersMutation,
  ForumCandidatesQuery,
  ForumPeopleFragment,
  RemoveForumMembersMutation,
  SetForumModeratorsMutation,
} from './forumDocuments';

interface Person {
  userId: string;
  name: string;
  organisationName?: string | null;
}

const WRAPPING = { root: { height: 'auto', minHeight: 26 }, label: { whiteSpace: 'normal' as const, textAlign: 'start' as const } };

const label = (person: Person) => (person.organisationName ? `${person.name} (${person.organisationName})` : person.name);

/**
 * A forum's moderators and, for a closed group, its members, each list with a remove button per person and a
 * name search to add one. The server answers null for a list the viewer may not change, and so it is not shown.
 */
export function ForumPeopleSection({ forum: masked, slug }: { forum: FragmentType<typeof ForumPeopleFragment>; slug: string }) {
  const forum = getFragmentData(ForumPeopleFragment, masked);
  const { t } = useForumsT();
  const [setModerators] = useMutation(SetForumModeratorsMutation);
  const [addMembers] = useMutation(AddForumMembersMutation);
  const [removeMembers] = useMutation(RemoveForumMembersMutation);
  const moderators = forum.moderators;
  const input = (userIds: string[]) => ({ variables: { input: { forumId: forum.id, userIds } } });
  return (
    <>
      {moderators && (
        <PeopleEditor
          id="forum-moderators"
          namedAs="MODERATOR"
          title={t('people.moderators')}
          empty={t('people.noModerators')}
          slug={slug}
          people={moderators}
          // The command replaces the whole list.
          onAdd={(userId) => setModerators(input([...moderators.map((p) => p.userId), userId]))}
          onRemove={(userId) => setModerators(input(moderators.map((p) => p.userId).filter((id) => id !== userId)))}
        />
      )}
      {forum.members && (
        <PeopleEditor
          id="forum-members"
          namedAs="MEMBER"
          title={t('people.members')}
          empty={t('people.noMembers')}
          slug={slug}
          people={forum.members}
          onAdd={(userId) => addMembers(input([userId]))}
          onRemove={(userId) => removeMembers(input([userId]))}
        />
      )}
    </>
  );
}

interface PeopleEditorProps {
  id: string;
  /** What the people found are named: the server offers only those who could then read the forum. */
  namedAs: ForumRole;
  title: string;
  empty: string;
  slug: string;
  people: readonly Person[];
  onAdd: (userId: string) => Promise<unknown>;
  onRemove: (userId: string) => Promise<unknown>;
}

function PeopleEditor({ id, namedAs, title, empty, slug, people, onAdd, onRemove }: PeopleEditorProps) {
  const { t } = useForumsT();
  const [text, setText] = useState('');
  const searched = useDeferredValue(text.trim());
  const form = useMutationForm(async ({ userId, add }: { userId: string; add: boolean }) => {
    if (add) {
      await onAdd(userId);
      setText('');
    } else await onRemove(userId);
  });
  const { data } = useQuery(ForumCandidatesQuery, { variables: { slug, text: searched, role: namedAs }, skip: searched.length < 2 });
  const listed = new Set(people.map((p) => p.userId));
  const candidates = searched.length < 2 ? null : (data?.forum?.candidatePeople ?? []).filter((p) => !listed.has(p.userId));
  const resultsId = useId();
  return (
    <Section id={id} title={title}>
      {people.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <List listStyleType="none" spacing="xs">
          {people.map((person) => (
            <List.Item key={person.userId}>
              <Group gap="sm" wrap="wrap">
                <Text>{label(person)}</Text>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  disabled={form.pending}
                  onClick={() => void form.submit({ userId: person.userId, add: false })}
                >
                  {t('people.remove', { name: person.name })}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Stack gap="xs" maw={480}>
        <TextInput
          label={t('people.search')}
          description={t('people.searchHint')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          aria-controls={resultsId}
        />
        <div id={resultsId} aria-live="polite">
          {candidates?.length === 0 && <Text c="dimmed">{t('people.noMatches')}</Text>}
          {candidates?.map((person) => (
            <Button
              key={person.userId}
              variant="light"
              size="compact-sm"
              m={4}
              maw="100%"
              // A long name and organisation wrap on a phone instead of running off the screen.
              styles={WRAPPING}
              disabled={form.pending}
              onClick={() => void form.submit({ userId: person.userId, add: true })}
            >
              {t('people.add', { name: label(person) })}
            </Button>
          ))}
        </div>
      </Stack>
      {form.message && (
        <FormAlert kind="error" title={t('people.failed')}>
          {form.message}
        </FormAlert>
      )}
    </Section>
  );
}
