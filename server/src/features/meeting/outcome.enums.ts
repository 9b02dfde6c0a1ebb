import { ACTION_ITEM_STATUSES, MEETING_NOTE_KINDS, MINUTES_STATUSES, POLL_STATUSES } from '@strom/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PollStatus = enumOf(POLL_STATUSES);
export const MeetingNoteKind = enumOf(MEETING_NOTE_KINDS);
export const ActionItemStatus = enumOf(ACTION_ITEM_STATUSES);
export const MinutesStatus = enumOf(MINUTES_STATUSES);

registerEnumType(PollStatus, { name: 'PollStatus', description: 'DRAFT: prepared; OPEN: taking votes; CLOSED: final' });
registerEnumType(MeetingNoteKind, { name: 'MeetingNoteKind', description: 'NOTE: what was said; DECISION: what was agreed' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(MinutesStatus, { name: 'MinutesStatus', description: 'DRAFT: for the hosts; PUBLISHED: for every participant, final' });
