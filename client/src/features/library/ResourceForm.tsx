import { useMutation } from '@apollo/client/react';
import { Button, FileInput, MultiSelect, NativeSelect, NumberInput, Radio, Group, Stack, TextInput } from '@mantine/core';
import {
  DESCRIPTION_MAX,
  RESOURCE_FILE_MAX_BYTES,
  RESOURCE_KINDS,
  RESOURCE_PUBLISHER_MAX,
  RESOURCE_TITLE_MAX,
  RESOURCE_VISIBILITIES,
  RESOURCE_YEAR_MAX,
  RESOURCE_YEAR_MIN,
  URL_MAX,
} from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { vocabKeys } from '../../app/vocab';
import type {
  FormOfExploitation,
  Level,
  ResourceEdit_ResourceFragment,
  ResourceKind,
  ResourceVisibility,
  TargetGroup,
} from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { useLanguageOptions, useVocabOptions } from '../directory/vocabOptions';
import { usePlaceOptions } from '../places/PlaceFilters';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { CreateResourceMutation, UpdateResourceMutation } from './libraryDocuments';
import { uploadFile } from './uploadFile';

const LEVELS: Level[] = ['REGIONAL', 'NATIONAL', 'LOCAL'];
const pick = <K extends string>(keys: readonly K[], values: string[]): K[] => keys.filter((key) => values.includes(key));
const ACCEPT = '.pdf,.docx,.odt,.xlsx,.pptx,.png,.jpg,.jpeg';

/**
 * A resource: what it is, where it applies, who reads it, and a link or a file (uploaded first, then saved). New
 * without `resource`; with it, a change saved at the version it was loaded at (a new file or link replaces the old).
 */
export function ResourceForm({ resource }: { resource?: ResourceEdit_ResourceFragment }) {
  const { t } = useTranslation('library');
  const navigate = useNavigate();
  const [id] = useState(() => resource?.id ?? crypto.randomUUID());
  const [kind, setKind] = useState<ResourceKind>(resource?.kind ?? 'GUIDELINE');
  const [title, setTitle] = useState(resource?.title ?? '');
  const summary = useGuardedText(resource?.summary ?? '');
  const [level, setLevel] = useState<Level>(resource?.level ?? 'REGIONAL');
  const [country, setCountry] = useState<string | undefined>(resource?.countryCode ?? undefined);
  const [municipality, setMunicipality] = useState<string | undefined>(resource?.municipality?.id);
  const [visibility, setVisibility] = useState<ResourceVisibility>(resource?.visibility ?? 'NETWORK');
  const [languages, setLanguages] = useState<string[]>(resource?.languages ?? []);
  const [forms, setForms] = useState<FormOfExploitation[]>(resource?.formsOfExploitation ?? []);
  const [groups, setGroups] = useState<TargetGroup[]>(resource?.targetGroups ?? []);
  const [tags, setTags] = useState(resource?.tags.join(', ') ?? '');
  const [year, setYear] = useState<number | string>(resource?.year ?? '');
  const [publisher, setPublisher] = useState(resource?.publisher ?? '');
  const [source, setSource] = useState<'link' | 'file'>(resource?.url ? 'link' : 'file');
  const [url, setUrl] = useState(resource?.url ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [uploadId, setUploadId] = useState<{ file: File; id: string } | null>(null);
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);
  const places = usePlaceOptions(country);
  const languageOptions = useLanguageOptions();
  const formOptions = useVocabOptions('formsOfExploitation');
  const groupOptions = useVocabOptions('targetGroups');
  const [create] = useMutation(CreateResourceMutation);
  const [update] = useMutation(UpdateResourceMutation);
  /** Editing a file resource, the file field may stay empty: the file is kept. */
  const keptFile = resource?.file?.fileName ?? null;

  const problemOf = (code: string) =>
    code === 'FILE_TOO_LARGE' || code === 'UNSUPPORTED_FILE_TYPE' || code === 'noFile' ? t(`form.errors.${code}`) : t('form.errors.upload');

  const form = useMutationForm(
    async () => {
      setUploadProblem(null);
      let receipt: string | null = null;
      if (source === 'file') {
        if (!file && keptFile) receipt = null;
        else if (!file) return setUploadProblem(problemOf('noFile'));
        else if (file.size > RESOURCE_FILE_MAX_BYTES) return setUploadProblem(problemOf('FILE_TOO_LARGE'));
        // A file already uploaded for this form is not sent again when only another field was corrected.
        else if (uploadId?.file === file) receipt = uploadId.id;
        else {
          const uploaded = await uploadFile(file);
          if (!uploaded.ok) return setUploadProblem(problemOf(uploaded.code));
          receipt = uploaded.id;
          setUploadId({ file, id: uploaded.id });
        }
      }
      const fields = {
        kind,
        title: title.trim(),
        summary: summary.text.trim() || null,
        confirmations: summary.confirmations,
        scope: {
          level,
          countryCode: level === 'REGIONAL' ? null : (country ?? null),
          municipalityId: level === 'LOCAL' ? (municipality ?? null) : null,
        },
        visibility,
        languages,
        tags: tags
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
        formsOfExploitation: forms,
        targetGroups: groups,
        year: typeof year === 'number' ? year : null,
        publisher: publisher.trim() || null,
        url: source === 'link' ? url.trim() : null,
        uploadId: receipt,
      };
      if (resource) {
        const result = await update({
          variables: { input: { ...fields, id, expectedVersion: resource.version } },
          update: (cache) => cache.evict({ fieldName: 'resources' }),
        });
        const saved = result.data?.updateResource;
        if (saved) await navigate(`/library/${saved.id}`, { state: { notice: t('form.saved', { title: saved.title }) } });
        return;
      }
      const result = await create({
        variables: { input: { ...fields, id } },
        update: (cache) => cache.evict({ fieldName: 'resources' }),
      });
      const created = result.data?.createResource;
      if (created) await navigate(`/library/${created.id}`, { state: { notice: t('form.created', { title: created.title }) } });
    },
    { CONFLICT: t('form.conflict') },
  );
  const fieldError = (field: string) => form.fieldErrors[`input.${field}`];

  return (
    <form onSubmit={submitHandler(form)} noValidate>
      <Stack gap="sm" maw={720}>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        {uploadProblem && <FormAlert kind="error">{uploadProblem}</FormAlert>}
        <NativeSelect
          label={t('form.kind')}
          data={RESOURCE_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
          value={kind}
          onChange={(event) => setKind(pick(RESOURCE_KINDS, [event.currentTarget.value])[0] ?? 'GUIDELINE')}
        />
        <TextInput
          label={t('form.name')}
          required
          maxLength={RESOURCE_TITLE_MAX}
          value={title}
          error={fieldError('title')}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <GuardedTextarea label={t('form.summary')} value={summary} maxLength={DESCRIPTION_MAX} error={fieldError('summary')} />
        <Radio.Group label={t('form.source')} value={source} onChange={(value) => setSource(value === 'link' ? 'link' : 'file')}>
          <Group mt={4}>
            <Radio value="file" label={t('form.sourceFile')} />
            <Radio value="link" label={t('form.sourceLink')} />
          </Group>
        </Radio.Group>
        {source === 'file' ? (
          <FileInput
            label={keptFile ? t('form.replaceFile') : t('form.file')}
            description={keptFile ? `${t('form.currentFile', { name: keptFile })} ${t('form.fileHint')}` : t('form.fileHint')}
            accept={ACCEPT}
            value={file}
            onChange={setFile}
            clearable
            clearButtonProps={{ 'aria-label': t('form.clearFile') }}
          />
        ) : (
          <TextInput
            label={t('form.url')}
            type="url"
            maxLength={URL_MAX}
            value={url}
            error={fieldError('url')}
            onChange={(event) => setUrl(event.currentTarget.value)}
          />
        )}
        <NativeSelect
          label={t('form.level')}
          data={LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
          value={level}
          onChange={(event) => setLevel(pick(LEVELS, [event.currentTarget.value])[0] ?? 'REGIONAL')}
        />
        {level !== 'REGIONAL' && (
          <NativeSelect
            label={t('form.country')}
            data={[{ value: '', label: t('form.choose') }, ...places.countryOptions]}
            value={country ?? ''}
            error={fieldError('scope.countryCode')}
            onChange={(event) => {
              setCountry(event.currentTarget.value || undefined);
              setMunicipality(undefined);
            }}
          />
        )}
        {level === 'LOCAL' && (
          <NativeSelect
            label={t('form.municipality')}
            disabled={!country}
            data={[{ value: '', label: t('form.choose') }, ...places.municipalityOptions]}
            value={municipality ?? ''}
            error={fieldError('scope.municipalityId')}
            onChange={(event) => setMunicipality(event.currentTarget.value || undefined)}
          />
        )}
        <Radio.Group
          label={t('form.visibility')}
          value={visibility}
          onChange={(value) => setVisibility(pick(RESOURCE_VISIBILITIES, [value])[0] ?? 'NETWORK')}
        >
          <Stack gap={4} mt={4}>
            {RESOURCE_VISIBILITIES.map((value) => (
              <Radio key={value} value={value} label={t(`visibility.${value}`)} description={t(`visibilityHint.${value}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <MultiSelect label={t('form.languages')} data={languageOptions} value={languages} onChange={setLanguages} searchable />
        <MultiSelect
          label={t('page.forms')}
          data={formOptions}
          value={forms}
          onChange={(values) => setForms(pick(vocabKeys('formsOfExploitation'), values))}
          searchable
        />
        <MultiSelect
          label={t('page.targetGroups')}
          data={groupOptions}
          value={groups}
          onChange={(values) => setGroups(pick(vocabKeys('targetGroups'), values))}
          searchable
        />
        <TextInput
          label={t('form.tags')}
          description={t('form.tagsHint')}
          value={tags}
          error={fieldError('tags')}
          onChange={(event) => setTags(event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('form.year')}
            min={RESOURCE_YEAR_MIN}
            max={RESOURCE_YEAR_MAX}
            value={year}
            onChange={setYear}
            error={fieldError('year')}
          />
          <TextInput
            label={t('form.publisher')}
            maxLength={RESOURCE_PUBLISHER_MAX}
            value={publisher}
            onChange={(event) => setPublisher(event.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button type="submit" loading={form.pending}>
            {form.pending && source === 'file' && file ? t('form.uploading') : resource ? t('form.save') : t('form.submit')}
          </Button>
          {resource && (
            <Button variant="default" onClick={() => void navigate(`/library/${resource.id}`)}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
