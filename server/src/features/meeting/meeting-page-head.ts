import { isUuid } from '../../core/ids.js';
import type { PageHeadSource } from '../../core/page-head-source.js';
import { findMeeting } from './meeting.read.js';

/** A meeting's page: its title (client: features/meetings/MeetingPage), for the members who may see it. */
export const meetingPageHead: PageHeadSource = {
  path: '/meetings/:id',
  async read({ em, viewer }, { id = '' }) {
    if (!isUuid(id)) return null;
    const meeting = await findMeeting(em, viewer, id);
    return meeting ? { title: meeting.title } : null;
  },
};
