import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, NativeSelect, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../ui/graphqlError';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { SaveAgendaMutation } from './agendaDocuments';

export interface DraftItem {
  id: string;
  title: string;
  plannedMinutes: number;
  presenterId: string;
  link: string;
}

interface AgendaEditorProps {
  meetingId: string;
  version: number;
  initial: DraftItem[];
  people: { userId: string; name: string }[];
  /** After a CONFLICT: read the current agenda again (the editor restarts from it). */
  onConflict: () => Promise<unknown>;
}

/** Moves the item at `from` to `to`, the others keeping their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * The hosts' agenda editor: items in order (drag and drop, the arrow keys on an item's handle, or the up and down
 * buttons), saved as a whole with the version it was read at; another host's save in between is a CONFLICT that
 * shows their agenda.
 */
export function AgendaEditor({ meetingId, version, initial, people, onConflict }: AgendaEditorProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [items, setItems] = useState(initial);
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [message, setMessage] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);
  const [save, { loading }] = useMutation(SaveAgendaMutation);

  const update = (index: number, change: Partial<DraftItem>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    setItems((current) => moveItem(current, from, to));
    setAnnouncement(t('meetingLive.agendaEditor.moved', { position: to + 1 }));
  };
  const onHandleKey = (index: number) => (event: KeyboardEvent) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, event.key === 'ArrowUp' ? index - 1 : index + 1);
    }
  };
  const onDrop = (index: number) => (event: DragEvent) => {
    event.preventDefault();
    if (dragged !== null && dragged !== index) move(dragged, index);
    setDragged(null);
  };

  const submit = async () => {
    setMessage(null);
    try {
      await save({
        variables: {
          input: {
            meetingId,
            expectedVersion: version,
            items: items.map((item) => ({
              id: item.id,
              title: item.title,
              plannedMinutes: item.plannedMinutes,
              presenterId: item.presenterId || null,
              links: item.link.trim() ? [{ url: item.link.trim() }] : [],
            })),
          },
        },
      });
      setMessage({ kind: 'saved', text: t('meetingLive.agendaEditor.saved') });
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        await onConflict();
        setMessage({ kind: 'error', text: t('meetingLive.agendaEditor.conflict') });
      } else setMessage({ kind: 'error', text: errorMessage(error) });
    }
  };

  const total = items.reduce((sum, item) => sum + (Number.isFinite(item.plannedMinutes) ? item.plannedMinutes : 0), 0);
  return (
    <Stack gap="sm">
      {items.length === 0 && <Text c="dimmed">{t('meetingLive.agendaEditor.empty')}</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((item, index) => {
          const position = index + 1;
          return (
            // Dragging is the pointer's shortcut; the handle's arrow keys and the buttons do the same by keyboard.
            // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
            <li
              key={item.id}
              draggable
              onDragStart={() => setDragged(index)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={onDrop(index)}
              style={{ opacity: dragged === index ? 0.5 : 1 }}
            >
              <Stack gap="xs" p="sm" style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8 }}>
                <Group gap="xs" wrap="nowrap" align="flex-end">
                  <ActionIcon
                    variant="subtle"
                    color="gray.8"
                    aria-label={t('meetingLive.agendaEditor.dragHandle', { position })}
                    onKeyDown={onHandleKey(index)}
                    style={{ cursor: 'grab' }}
                  >
                    ⠿
                  </ActionIcon>
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('meetingLive.agendaEditor.itemTitle', { position })}
                    value={item.title}
                    required
                    onChange={(event) => update(index, { title: event.currentTarget.value })}
                  />
                </Group>
                <Group gap="xs" grow>
                  <NumberInput
                    label={t('meetingLive.agendaEditor.itemMinutes', { position })}
                    value={item.plannedMinutes}
                    min={1}
                    onChange={(value) => update(index, { plannedMinutes: typeof value === 'number' ? value : Number(value) })}
                  />
                  <NativeSelect
                    label={t('meetingLive.agendaEditor.itemPresenter', { position })}
                    value={item.presenterId}
                    onChange={(event) => update(index, { presenterId: event.currentTarget.value })}
                    data={[
                      { value: '', label: t('meetingLive.agendaEditor.noPresenter') },
                      ...people.map((p) => ({ value: p.userId, label: p.name })),
                    ]}
                  />
                </Group>
                <TextInput
                  label={t('meetingLive.agendaEditor.itemLink', { position })}
                  type="url"
                  value={item.link}
                  onChange={(event) => update(index, { link: event.currentTarget.value })}
                />
                <Group gap="xs">
                  <Button size="xs" variant="default" disabled={index === 0} onClick={() => move(index, index - 1)}>
                    {t('meetingLive.agendaEditor.moveUp', { position })}
                  </Button>
                  <Button size="xs" variant="default" disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
                    {t('meetingLive.agendaEditor.moveDown', { position })}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    color="red.9"
                    onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
                  >
                    {t('meetingLive.agendaEditor.remove', { position })}
                  </Button>
                </Group>
              </Stack>
            </li>
          );
        })}
      </Stack>
      <Text size="sm" aria-live="polite">
        {announcement}
      </Text>
      <Text size="sm">{t('meetingLive.agendaEditor.total', { count: total })}</Text>
      <Group gap="xs">
        <Button
          variant="default"
          onClick={() =>
            setItems((current) => [...current, { id: crypto.randomUUID(), title: '', plannedMinutes: 15, presenterId: '', link: '' }])
          }
        >
          {t('meetingLive.agendaEditor.add')}
        </Button>
        <Button loading={loading} onClick={() => void submit()}>
          {t('meetingLive.agendaEditor.save')}
        </Button>
      </Group>
      {message && (
        <Alert color={message.kind === 'saved' ? 'teal' : 'red'} role={message.kind === 'saved' ? 'status' : 'alert'}>
          {message.text}
        </Alert>
      )}
    </Stack>
  );
}
