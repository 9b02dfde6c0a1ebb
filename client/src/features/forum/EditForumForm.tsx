import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { FORUM_TITLE_MAX, FORUM_VISIBILITIES, type ForumVisibility } from '@strom/shared';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import type { EditForumQuery } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { UpdateForumMutation } from './forumDocuments';

type EditableForum = NonNullable<EditForumQuery['forum']>;
const isVisibility = (value: string): value is ForumVisibility => (FORUM_VISIBILITIES as readonly string[]).includes(value);

/**
 * A forum's title, description and readers, sent with the version they were read at: a change someone else saved
 * in between is refused (CONFLICT) instead of being overwritten. Its scope stays as it was created.
 */
export function EditForumForm({ forum }: { forum: EditableForum }) {
  const { t } = useForumsT();
  const navigate = useNavigate();
  const [title, setTitle] = useState(forum.title);
  const [description, setDescription] = useState(forum.description ?? '');
  const [visibility, setVisibility] = useState<ForumVisibility>(forum.visibility);
  const [titleMissing, setTitleMissing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [updateForum] = useMutation(UpdateForumMutation);
  const form = useMutationForm(
    async () => {
      await updateForum({
        variables: {
          input: { id: forum.id, expectedVersion: forum.version, title: title.trim(), description: description.trim() || null, visibility },
        },
      });
      setSaved(true);
    },
    { fields: ['title', 'description'] },
  );
  useEffect(() => {
    if (saved) void navigate(`/forums/${forum.slug}`);
  }, [saved, navigate, forum.slug]);
  const formRef = useFocusFirstInvalid([titleMissing, form.error]);
  const dirty = title !== forum.title || description !== (forum.description ?? '') || visibility !== forum.visibility;
  const validate = () => {
    const missing = title.trim() === '';
    setTitleMissing(missing);
    return !missing;
  };

  return (
    <form ref={formRef} onSubmit={submitHandler(form, validate)} noValidate aria-label={t('edit.formLabel')}>
      <Stack gap="md" maw={640}>
        <LeaveGuard
          when={dirty && !saved}
          title={t('edit.leave.title')}
          question={t('edit.leave.question')}
          stayLabel={t('new.leave.stay')}
          leaveLabel={t('new.leave.leave')}
        />
        <TextInput
          label={t('create.title')}
          required
          maxLength={FORUM_TITLE_MAX}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={titleMissing ? t('create.problems.titleMissing') : form.fieldErrors['title']}
        />
        <Textarea
          label={t('create.description')}
          rows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={form.fieldErrors['description']}
        />
        <NativeSelect
          label={t('create.visibility')}
          description={t(`create.visibilityHints.${visibility}`)}
          value={visibility}
          data={FORUM_VISIBILITIES.map((value) => ({ value, label: t(`visibility.${value}`) }))}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isVisibility(value)) setVisibility(value);
          }}
        />
        {form.message && (
          <FormAlert kind="error" title={t('edit.failed')}>
            {form.message}
          </FormAlert>
        )}
        <Group>
          <Button type="submit" loading={form.pending || saved}>
            {t('edit.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
