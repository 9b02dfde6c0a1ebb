import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useRef } from 'react';
import { MeetingListQuery } from '../meetingDocuments';
import { slotInstants, type PlanDraft } from './planDraft';
import {
  PlanCreateMeetingMutation,
  PlanInviteContactPointsMutation,
  PlanInviteMutation,
  PlanProposeSlotsMutation,
  PlanScheduleMeetingMutation,
} from './planDocuments';

export interface PlaceWithoutContactPoint {
  municipalityId: string;
  name: string;
  countryCode: string;
}

/** The municipalities the server named as having no contact point (BAD_USER_INPUT `withoutContactPoint`). */
export function placesWithoutContactPoint(error: unknown): PlaceWithoutContactPoint[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const list: unknown = e.extensions?.['withoutContactPoint'];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item: unknown) =>
      typeof item === 'object' && item !== null && 'municipalityId' in item && 'name' in item && 'countryCode' in item
        ? [{ municipalityId: String(item.municipalityId), name: String(item.name), countryCode: String(item.countryCode) }]
        : [],
    );
  });
}

/**
 * Sends a finished draft as the server's commands, in order: create (a DRAFT, by the draft's client id), propose the
 * poll's slots, invite, then schedule a fixed time. Each step is retry-safe on the server, and a step that succeeded
 * is not sent again: after a refusal (say a municipality without a contact point) the planner fixes it and goes on.
 */
export function useCreatePlannedMeeting() {
  const done = useRef(new Set<string>());
  const [create] = useMutation(PlanCreateMeetingMutation, { refetchQueries: [MeetingListQuery] });
  const [propose] = useMutation(PlanProposeSlotsMutation);
  const [inviteContactPoints] = useMutation(PlanInviteContactPointsMutation);
  const [invite] = useMutation(PlanInviteMutation);
  const [schedule] = useMutation(PlanScheduleMeetingMutation);

  const once = async (step: string, action: () => Promise<unknown>) => {
    if (done.current.has(step)) return;
    await action();
    done.current.add(step);
  };

  return async (draft: PlanDraft): Promise<string> => {
    const meetingId = draft.id;
    const fixed = draft.when === 'FIXED' ? slotInstants(draft.fixed, draft.timeZone) : null;
    const capacity = draft.capacity.trim() ? Number(draft.capacity) : null;
    const { roles } = draft;
    await once('create', () =>
      create({
        variables: {
          input: {
            id: meetingId,
            title: draft.title.trim(),
            purpose: draft.purpose.trim() || null,
            confirmations: draft.confirmations,
            level: draft.level,
            countryCode: draft.level === 'REGIONAL' ? null : draft.countryCode,
            municipalityId: draft.level === 'LOCAL' ? draft.municipalityId : null,
            startsAt: fixed?.startsAt ?? null,
            endsAt: fixed?.endsAt ?? null,
            timeZone: draft.timeZone,
            format: draft.format,
            venue: draft.format === 'ONLINE' ? null : draft.venue.trim() || null,
            onlineLink: draft.format === 'IN_PERSON' ? null : draft.onlineLink.trim() || null,
            capacity,
            visibility: draft.visibility,
            hostIds: draft.hosts.map((host) => host.userId),
          },
        },
      }),
    );
    if (draft.when === 'POLL')
      await once('slots', () =>
        propose({ variables: { input: { meetingId, slots: draft.slots.map((slot) => slotInstants(slot, draft.timeZone)) } } }),
      );
    if (draft.contactPlaces.length > 0)
      await once('contactPoints', () =>
        inviteContactPoints({
          variables: { input: { meetingId, municipalityIds: draft.contactPlaces.map((place) => place.municipalityId) } },
        }),
      );
    const municipalityIds = roles.length > 0 ? draft.contactPlaces.map((place) => place.municipalityId) : [];
    if (draft.experts.length + draft.countryCodes.length + municipalityIds.length > 0)
      await once('invite', () =>
        invite({
          variables: {
            input: {
              meetingId,
              expertIds: draft.experts.map((expert) => expert.expertId),
              municipalityIds,
              countryCodes: draft.countryCodes,
              roles,
            },
          },
        }),
      );
    if (fixed) await once('schedule', () => schedule({ variables: { id: meetingId } }));
    return meetingId;
  };
}
