import { NativeSelect } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { WATCH_LEVELS, type WatchLevel } from '@strom/shared';
import { useForumsT } from '../../app/forumStrings';
import { FormAlert } from '../../ui/FormAlert';
import { useErrorMessage } from '../../ui/useErrorMessage';
import { SetForumWatchLevelMutation } from './forumDocuments';

const isWatchLevel = (value: string): value is WatchLevel => (WATCH_LEVELS as readonly string[]).includes(value);

/** How closely the member follows a forum; saved as soon as it is chosen. */
export function WatchLevelControl({ forumId, level }: { forumId: string; level: WatchLevel }) {
  const { t } = useForumsT();
  const errorMessage = useErrorMessage();
  const [setLevel, { loading, error }] = useMutation(SetForumWatchLevelMutation);
  return (
    <>
      <NativeSelect
        label={t('watch.label')}
        description={t(`watch.hint.${level}`)}
        value={level}
        disabled={loading}
        data={WATCH_LEVELS.map((value) => ({ value, label: t(`watch.levels.${value}`) }))}
        onChange={(e) => {
          const value = e.currentTarget.value;
          if (isWatchLevel(value)) void setLevel({ variables: { forumId, level: value } }).catch(() => undefined);
        }}
        maw={320}
      />
      {error && <FormAlert kind="error">{errorMessage(error)}</FormAlert>}
    </>
  );
}
