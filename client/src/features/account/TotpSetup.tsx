import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { FormAlert } from '../../ui/FormAlert';
import { useMutationForm } from '../../ui/useMutationForm';
import { RecoveryCodes } from './RecoveryCodes';

export const BeginTotpSetupMutation = graphql(`
  mutation BeginTotpSetup {
    beginTotpSetup {
      secret
      otpauthUri
      qrCodeSvg
    }
  }
`);

export const ConfirmTotpSetupMutation = graphql(`
  mutation ConfirmTotpSetup($code: String!) {
    confirmTotpSetup(code: $code)
  }
`);

// The server's SVG goes into an <img>, never into the DOM: an image cannot run script.
function svgDataUri(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

// Easier to type from a screen: "JBSW Y3DP EHPK 3PXP".
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function TotpSetup({ viewerId }: { viewerId: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [begin, { data: setupData }] = useMutation(BeginTotpSetupMutation);
  const [confirm] = useMutation(ConfirmTotpSetupMutation);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const setup = setupData?.beginTotpSetup;
  const messages = { BAD_USER_INPUT: t('auth.secondFactor.wrongCode'), CONFLICT: t('account.totp.conflict') };
  const start = useMutationForm(() => begin(), messages);
  const confirmation = useMutationForm(async () => {
    const { data } = await confirm({ variables: { code: code.replace(/\s/g, '') } });
    if (data) setCodes(data.confirmTotpSetup);
  }, messages);
  // Only now does the page switch to "on": the codes stay on screen until the reader kept them.
  const finish = () => {
    client.cache.modify({
      id: client.cache.identify({ __typename: 'Viewer', id: viewerId }),
      fields: { totpEnabled: () => true },
    });
  };

  const message = confirmation.message ?? start.message;

  if (codes) return <RecoveryCodes codes={codes} onDone={finish} />;
  if (!setup) {
    return (
      <Stack gap="sm" align="flex-start">
        {message && <FormAlert kind="error">{message}</FormAlert>}
        <Text>{t('account.totp.intro')}</Text>
        <Button onClick={() => void start.submit()} loading={start.pending}>
          {t('account.totp.begin')}
        </Button>
      </Stack>
    );
  }
  const appLink = setup.otpauthUri.startsWith('otpauth://') ? setup.otpauthUri : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void confirmation.submit();
      }}
      noValidate
      aria-label={t('account.totp.setupLabel')}
    >
      <Stack gap="sm" maw={480}>
        <Text>{t('account.totp.scan')}</Text>
        <img src={svgDataUri(setup.qrCodeSvg)} alt={t('account.totp.qrAlt')} width={200} height={200} />
        <Text size="sm">
          {t('account.totp.manual')} <Code>{grouped(setup.secret)}</Code>
        </Text>
        {appLink && (
          <Anchor href={appLink} size="sm">
            {t('account.totp.openApp')}
          </Anchor>
        )}
        {message && <FormAlert kind="error">{message}</FormAlert>}
        <TextInput
          label={t('auth.secondFactor.code')}
          description={t('auth.secondFactor.codeHint')}
          autoComplete="one-time-code"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={7}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={confirmation.pending} disabled={!/^\d{6}$/.test(code.replace(/\s/g, ''))}>
            {t('account.totp.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
