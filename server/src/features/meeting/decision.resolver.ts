import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { addMeetingNote } from './decision.commands.js';
import { AddMeetingNoteInput } from './decision.inputs.js';
import { MeetingNote } from './decision.types.js';
import { MeetingNode } from './meeting.types.js';
import { outcomeAnswer } from './outcome.resolver.js';

@Resolver(() => MeetingNode)
export class MeetingNoteResolver {
  @FieldResolver(() => [MeetingNote], { description: 'Notes and decisions, oldest first' })
  notes(@Root() meeting: MeetingNode, @Ctx() ctx: Context): Promise<MeetingNote[]> {
    return ctx.loaders.meetingNotes.load({ meetingId: meeting.id, viewer: ctx.viewer });
  }

  @Authorized()
  @Mutation(() => MeetingNote, { description: 'A host records a note or a decision; retry-safe by id' })
  async addMeetingNote(@Ctx() ctx: Context, @Arg('input', () => AddMeetingNoteInput) input: AddMeetingNoteInput) {
    const ref = await addMeetingNote(commandDeps(ctx), input);
    ctx.loaders.meetingNotes.clearAll();
    return outcomeAnswer(ctx, ref, (meeting) => this.notes(meeting, ctx), 'The note');
  }
}
