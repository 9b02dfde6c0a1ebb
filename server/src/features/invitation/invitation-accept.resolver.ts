import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { sessionCookieHeader } from '../session/session-cookie.js';
import { SignedInViewer } from '../user/signed-in-viewer.type.js';
import { acceptInvitation, previewInvitation } from './invitation-accept.commands.js';
import { AcceptInvitationInput } from './invitation.inputs.js';
import { InvitationPreview } from './invitation.types.js';

/** The invitee's side: open to anyone holding a link, so every call counts against the invitation limits. */
@Resolver()
export class InvitationAcceptResolver {
  @Query(() => InvitationPreview, { description: 'What an invitation link is for; one error for every link that does not work' })
  invitationPreview(@Ctx() ctx: Context, @Arg('token', () => String) token: string): Promise<InvitationPreview> {
    return previewInvitation(limitedCommandDeps(ctx), token);
  }

  @Mutation(() => SignedInViewer, { description: 'Creates your account and profile from an invitation link and signs you in' })
  async acceptInvitation(
    @Ctx() ctx: Context,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
  ): Promise<SignedInViewer> {
    const { user, member, session } = await acceptInvitation(limitedCommandDeps(ctx), input);
    ctx.request.setCookie?.(sessionCookieHeader(ctx.services.config, session.token, session.expiresAt));
    return SignedInViewer.ofUser(user, member);
  }
}
