import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { FORUM_SLUG_MAX, FORUM_TITLE_MAX, FORUM_VISIBILITIES, type ForumVisibility } from '@strom/shared';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useForumsT } from '../../app/forumStrings';
import { FormAlert } from '../../ui/FormAlert';
import { LeaveGuard } from '../../ui/LeaveGuard';
import { useFocusFirstInvalid } from '../../ui/useFocusFirstInvalid';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { usePlaceOptions } from '../places/PlaceFilters';
import { CreateForumMutation, ForumsQuery } from './forumDocuments';
import { forumDraftProblems, slugFromTitle, type ForumDraftField, type ForumDraftProblem, type ForumLevel } from './forumDraft';

const LEVELS: readonly ForumLevel[] = ['REGIONAL', 'NATIONAL', 'LOCAL'];
const isLevel = (value: string): value is ForumLevel => (LEVELS as readonly string[]).includes(value);
const isVisibility = (value: string): value is ForumVisibility => (FORUM_VISIBILITIES as readonly string[]).includes(value);

/**
 * A new forum: its title and address, its scope (region, a country, or a municipality) and who may read it. The
 * server decides who may create it where (admins anywhere, coordinators in their country) and says so if not.
 */
export function NewForumForm() {
  const { t } = useForumsT();
  const navigate = useNavigate();
  const [id] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<ForumLevel>('NATIONAL');
  const [countryCode, setCountryCode] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [visibility, setVisibility] = useState<ForumVisibility>('NETWORK');
  const [problems, setProblems] = useState<Partial<Record<ForumDraftField, ForumDraftProblem>>>({});
  const [createdSlug, setCreatedSlug] = useState<string | null>(null);
  const places = usePlaceOptions(countryCode || undefined);
  const [createForum] = useMutation(CreateForumMutation, { refetchQueries: [ForumsQuery] });

  const shownSlug = slugEdited ? slug : slugFromTitle(title);
  const form = useMutationForm(
    async () => {
      const input = {
        id,
        title: title.trim(),
        slug: shownSlug,
        description: description.trim() || null,
        level,
        countryCode: level === 'REGIONAL' ? null : countryCode,
        municipalityId: level === 'LOCAL' ? municipalityId : null,
        visibility,
      };
      const { data } = await createForum({ variables: { input } });
      if (data) setCreatedSlug(data.createForum.slug);
    },
    { fields: ['title', 'slug', 'description', 'countryCode', 'municipalityId'] },
  );
  useEffect(() => {
    if (createdSlug) void navigate(`/forums/${createdSlug}`);
  }, [createdSlug, navigate]);

  const errorOf = (field: ForumDraftField) => {
    const problem = problems[field];
    return problem ? t(`create.problems.${problem}`) : form.fieldErrors[field];
  };
  const formRef = useFocusFirstInvalid([problems, form.error]);
  const validate = () => {
    const found = forumDraftProblems({ title, slug: shownSlug, level, countryCode, municipalityId });
    setProblems(found);
    return Object.keys(found).length === 0;
  };
  const dirty = title.trim() !== '' || description.trim() !== '';

  return (
    <form ref={formRef} onSubmit={submitHandler(form, validate)} noValidate aria-label={t('create.formLabel')}>
      <Stack gap="md" maw={640}>
        <LeaveGuard
          when={dirty && !createdSlug}
          title={t('create.leave.title')}
          question={t('create.leave.question')}
          stayLabel={t('new.leave.stay')}
          leaveLabel={t('new.leave.leave')}
        />
        <TextInput
          label={t('create.title')}
          required
          maxLength={FORUM_TITLE_MAX}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errorOf('title')}
        />
        <TextInput
          label={t('create.slug')}
          description={t('create.slugHint')}
          required
          maxLength={FORUM_SLUG_MAX}
          value={shownSlug}
          onChange={(e) => {
            setSlugEdited(true);
            setSlug(e.currentTarget.value);
          }}
          error={errorOf('slug')}
        />
        <Textarea label={t('create.description')} rows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <NativeSelect
          label={t('create.level')}
          value={level}
          data={LEVELS.map((value) => ({ value, label: t(`create.levels.${value}`) }))}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (isLevel(value)) setLevel(value);
          }}
        />
        {level !== 'REGIONAL' && (
          <NativeSelect
            label={t('create.country')}
            required
            value={countryCode}
            data={[{ value: '', label: t('create.choose') }, ...places.countryOptions]}
            onChange={(e) => {
              setCountryCode(e.currentTarget.value);
              setMunicipalityId('');
            }}
            error={errorOf('countryCode')}
          />
        )}
        {level === 'LOCAL' && (
          <NativeSelect
            label={t('create.municipality')}
            required
            disabled={countryCode === ''}
            value={municipalityId}
            data={[{ value: '', label: t('create.choose') }, ...places.municipalityOptions]}
            onChange={(e) => setMunicipalityId(e.currentTarget.value)}
            error={errorOf('municipalityId')}
          />
        )}
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
          <FormAlert kind="error" title={t('create.failed')}>
            {form.message}
          </FormAlert>
        )}
        <Group>
          <Button type="submit" loading={form.pending || createdSlug !== null}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
