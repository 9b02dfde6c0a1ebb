import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Select, Stack } from '@mantine/core';
import { COUNTERPART_REASON_MAX } from '@strom/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestPage_RequestFragment } from '../../gql/graphql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { GuardedTextarea, useGuardedText } from '../upkeep/GuardedTextarea';
import { ForwardCandidatesQuery, ForwardCounterpartRequestMutation } from './requestDocuments';

/**
 * A recipient hands the request on: to a counterpart the directory proposes for the same place (the role the
 * requester looks for, else case managers), with a note for them and the requester.
 */
export function RequestForward({ request }: { request: RequestPage_RequestFragment }) {
  const { t } = useTranslation('requests');
  const [open, setOpen] = useState(false);
  const [expertId, setExpertId] = useState<string | null>(null);
  const note = useGuardedText();
  const place = request.toMunicipalityId ? { municipalityId: request.toMunicipalityId } : { countryCode: request.toCountryCode };
  const candidates = useQuery(ForwardCandidatesQuery, { variables: { role: request.role ?? 'CASE_MANAGER', ...place }, skip: !open });
  const [forward] = useMutation(ForwardCounterpartRequestMutation);
  const form = useMutationForm(
    async () => {
      if (!expertId) return;
      await forward({
        variables: { input: { requestId: request.id, expertId, note: note.text || null, confirmations: note.confirmations } },
      });
    },
    { CONFLICT: t('detail.conflict') },
  );
  const asked = new Set(request.recipients.flatMap((r) => (r.expertId ? [r.expertId] : [])));
  const options = (candidates.data?.counterparts ?? [])
    .filter((c) => !asked.has(c.expert.id))
    .map((c) => ({ value: c.expert.id, label: `${c.expert.fullName} (${c.expert.organisation.name})` }));
  return (
    <Stack gap="xs">
      <Button variant="subtle" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('detail.forward')}
      </Button>
      {open && (
        <Stack gap="xs">
          {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
          <Select
            label={t('detail.forwardTo')}
            searchable
            data={options}
            value={expertId}
            onChange={setExpertId}
            nothingFoundMessage={t('detail.forwardNobody')}
            error={form.fieldErrors['input.expertId']}
          />
          <GuardedTextarea label={t('detail.forwardNote')} value={note} maxLength={COUNTERPART_REASON_MAX} />
          <Button
            variant="outline"
            style={{ alignSelf: 'flex-start' }}
            disabled={!expertId || note.guard.unconfirmed.length > 0}
            loading={form.pending}
            onClick={() => void form.submit()}
          >
            {t('detail.forwardSend')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
