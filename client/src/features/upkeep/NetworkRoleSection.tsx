import { useMutation, useQuery } from '@apollo/client/react';
import { Button, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { submitHandler, useMutationForm } from '../../ui/useMutationForm';
import { useViewer } from '../account/useViewer';
import { RoleDateFields, RoleScopeFields } from './RoleFields';

const NetworkRoleExpertQuery = graphql(`
  query NetworkRoleExpert($id: ID!) {
    expert(id: $id) {
      id
      fullName
      country {
        code
      }
    }
  }
`);

const AssignNetworkRoleMutation = graphql(`
  mutation AssignNetworkRole($input: AssignNetworkRoleInput!) {
    assignNetworkRole(input: $input) {
      id
      role
      status
    }
  }
`);

/** The network roles a coordinator assigns, each at its one level. */
const NETWORK_ROLES = { MUNICIPAL_CONTACT_POINT: 'LOCAL', NATIONAL_COORDINATOR: 'NATIONAL', TF_THB_MEMBER: 'NATIONAL' } as const;
type NetworkRole = keyof typeof NETWORK_ROLES;
const NETWORK_ROLE_KEYS: readonly NetworkRole[] = ['MUNICIPAL_CONTACT_POINT', 'NATIONAL_COORDINATOR', 'TF_THB_MEMBER'];

// On a profile, for the coordinators of the person's country (and admins): name them municipal contact point (the
// municipality's previous one ends the day before), national coordinator or TF-THB member, with dates.
export function NetworkRoleSection({ expertId }: { expertId: string }) {
  const { viewer } = useViewer();
  const { data } = useQuery(NetworkRoleExpertQuery, { variables: { id: expertId } });
  const countryCode = data?.expert?.country.code;
  const steers = viewer && countryCode && (viewer.networkRole === 'ADMIN' || viewer.coordinatorOf.some((c) => c.code === countryCode));
  if (!steers || !data?.expert) return null;
  return <NetworkRoleForm expertId={expertId} name={data.expert.fullName} countryCode={countryCode} />;
}

function NetworkRoleForm({ expertId, name, countryCode }: { expertId: string; name: string; countryCode: string }) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [role, setRole] = useState<NetworkRole>('MUNICIPAL_CONTACT_POINT');
  const [municipalityId, setMunicipalityId] = useState('');
  const [dates, setDates] = useState({ startsOn: '', endsOn: '' });
  const [done, setDone] = useState<string | null>(null);
  const [assign] = useMutation(AssignNetworkRoleMutation);
  const level = NETWORK_ROLES[role];
  const form = useMutationForm(async () => {
    setDone(null);
    const scope = { level, countryCode, municipalityId: level === 'LOCAL' ? municipalityId : null };
    await assign({
      variables: { input: { id, expertId, role, scope, startsOn: dates.startsOn || null, endsOn: dates.endsOn || null } },
    });
    setDone(t('upkeep.network.assigned', { name, role: t(`vocab.roles.${role}`) }));
    setId(crypto.randomUUID());
  });

  return (
    <form onSubmit={submitHandler(form)} noValidate aria-labelledby="network-role">
      <Stack gap="sm" maw={560}>
        <Title order={2} size="h3" id="network-role">
          {t('upkeep.network.title')}
        </Title>
        {form.message && <FormAlert kind="error">{form.message}</FormAlert>}
        {done && <FormAlert kind="success">{done}</FormAlert>}
        <NativeSelect
          label={t('upkeep.network.role')}
          data={NETWORK_ROLE_KEYS.map((key) => ({ value: key, label: t(`vocab.roles.${key}`) }))}
          value={role}
          onChange={(e) => setRole(NETWORK_ROLE_KEYS.find((key) => key === e.currentTarget.value) ?? role)}
        />
        <RoleScopeFields
          levels={[level]}
          level={level}
          countryCode={countryCode}
          municipalityId={municipalityId}
          onChange={(changes) => setMunicipalityId(changes.municipalityId ?? municipalityId)}
          error={form.fieldErrors['input.scope.municipalityId']}
        />
        <RoleDateFields value={dates} onChange={setDates} errors={form.fieldErrors} />
        <Button type="submit" loading={form.pending} disabled={level === 'LOCAL' && !municipalityId} w="fit-content">
          {t('upkeep.network.assign')}
        </Button>
      </Stack>
    </form>
  );
}
