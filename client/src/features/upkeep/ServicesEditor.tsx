import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EmptyState } from '../../ui/EmptyState';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { ServiceForm, type ServiceInputValues } from './ServiceForm';

export const ServicesEditorFragment = graphql(`
  fragment ServicesEditor_organisation on Organisation {
    id
    version
    lastConfirmedAt
    services {
      id
      kind
      capacity
      targetGroups
      languages
      available24x7
      formsOfExploitation
      description
      hotline
      address
    }
  }
`);

const AddServiceMutation = graphql(`
  mutation AddOrganisationService($input: AddServiceInput!) {
    addOrganisationService(input: $input) {
      id
      ...ServicesEditor_organisation
    }
  }
`);

const UpdateServiceMutation = graphql(`
  mutation UpdateOrganisationService($input: UpdateServiceInput!) {
    updateOrganisationService(input: $input) {
      id
      ...ServicesEditor_organisation
    }
  }
`);

const RemoveServiceMutation = graphql(`
  mutation RemoveOrganisationService($input: RemoveServiceInput!) {
    removeOrganisationService(input: $input) {
      id
      ...ServicesEditor_organisation
    }
  }
`);

// The organisation's services, each edited or removed on its own; every change answers with the organisation, so
// the version the other forms of the page send moves with it.
export function ServicesEditor({ organisation: masked }: { organisation: FragmentType<typeof ServicesEditorFragment> }) {
  const { t } = useTranslation();
  const organisation = getFragmentData(ServicesEditorFragment, masked);
  const [add] = useMutation(AddServiceMutation);
  const [update] = useMutation(UpdateServiceMutation);
  const [remove] = useMutation(RemoveServiceMutation);
  const [adding, setAdding] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const errorMessage = useErrorMessage();
  const expectedVersion = organisation.version;

  return (
    <Stack component="section" aria-labelledby="services-editor" gap="sm">
      <Title order={2} size="h3" id="services-editor">
        {t('upkeep.services.title')}
      </Title>
      {failure !== null && <FormAlert kind="error">{errorMessage(failure)}</FormAlert>}
      {organisation.services.length === 0 && <EmptyState message={t('upkeep.services.empty')} />}
      <Stack component="ul" gap="sm" p={0} style={{ listStyle: 'none' }}>
        {organisation.services.map((service) => {
          const label = t(`vocab.services.${service.kind}`);
          return (
            <Card component="li" key={service.id} withBorder aria-label={label}>
              {editing === service.id ? (
                <ServiceForm
                  initial={service}
                  submitLabel={t('upkeep.services.save')}
                  onCancel={() => setEditing(null)}
                  onSubmit={async (values: ServiceInputValues) => {
                    await update({ variables: { input: { id: service.id, expectedVersion, ...values } } });
                    setEditing(null);
                  }}
                />
              ) : (
                <Group justify="space-between" wrap="wrap">
                  <Stack gap={2}>
                    <Text fw={600}>{label}</Text>
                    <Text size="sm">
                      {[
                        service.capacity !== null ? t('upkeep.services.places', { count: service.capacity }) : null,
                        service.available24x7 ? t('upkeep.services.available24x7') : null,
                        service.targetGroups.map((g) => t(`vocab.targetGroups.${g}`)).join(', ') || null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                  </Stack>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(service.id)}
                      aria-label={t('upkeep.services.editLabel', { kind: label })}
                    >
                      {t('upkeep.services.edit')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="default"
                      label={t('upkeep.services.remove')}
                      aria-label={t('upkeep.services.removeLabel', { kind: label })}
                      question={t('upkeep.services.removeQuestion', { kind: label })}
                      confirmLabel={t('upkeep.services.remove')}
                      onConfirm={async () => {
                        setFailure(null);
                        await remove({ variables: { input: { id: service.id, expectedVersion } } }).catch(setFailure);
                      }}
                    />
                  </Group>
                </Group>
              )}
            </Card>
          );
        })}
      </Stack>
      {adding ? (
        <Card withBorder>
          <ServiceForm
            key={adding}
            submitLabel={t('upkeep.services.add')}
            onCancel={() => setAdding(null)}
            onSubmit={async (values) => {
              // The id is chosen once per new service: a retried submit adds it once.
              await add({ variables: { input: { id: adding, organisationId: organisation.id, expectedVersion, ...values } } });
              setAdding(null);
            }}
          />
        </Card>
      ) : (
        <Button variant="light" w="fit-content" onClick={() => setAdding(crypto.randomUUID())}>
          {t('upkeep.services.addService')}
        </Button>
      )}
    </Stack>
  );
}
