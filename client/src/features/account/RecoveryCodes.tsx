import { Button, Checkbox, Code, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../ui/download';
import { FormAlert } from '../../ui/FormAlert';
import { LeaveGuard } from '../../ui/LeaveGuard';
import classes from './RecoveryCodes.module.css';

interface RecoveryCodesProps {
  codes: readonly string[];
  onDone: () => void;
}

// Shown once, never again: the reader must confirm they kept them before moving on, and leaving
// the page (a link, the back button, closing the tab) asks first.
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const text = codes.join('\n');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Stack gap="sm">
      <FormAlert kind="success" title={t('account.totp.enabledTitle')}>
        {t('account.totp.recoveryIntro', { count: codes.length })}
      </FormAlert>
      <ol className={classes.codes} aria-label={t('account.totp.recoveryCodes')}>
        {codes.map((code) => (
          <li key={code}>
            <Code>{code}</Code>
          </li>
        ))}
      </ol>
      <Group gap="sm">
        <Button variant="outline" onClick={() => void copy()}>
          {t('account.totp.copy')}
        </Button>
        <Button variant="outline" onClick={() => downloadText('strom-recovery-codes.txt', `${text}\n`)}>
          {t('account.totp.download')}
        </Button>
        <Text component="output" size="sm">
          {copied === 'yes' && t('account.totp.copied')}
          {copied === 'failed' && t('account.totp.copyFailed')}
        </Text>
      </Group>
      <Checkbox label={t('account.totp.savedConfirm')} checked={saved} onChange={(event) => setSaved(event.currentTarget.checked)} />
      <LeaveGuard
        when={!saved}
        title={t('account.totp.leaveTitle')}
        question={t('account.totp.leaveQuestion')}
        stayLabel={t('account.totp.stay')}
        leaveLabel={t('account.totp.leaveAnyway')}
      />
      <Group>
        <Button onClick={onDone} disabled={!saved}>
          {t('account.totp.done')}
        </Button>
      </Group>
    </Stack>
  );
}
