import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps, limitedCommandDeps } from '../../core/outbox/command-deps.js';
import { clearedSessionCookieHeader, sessionCookieHeader } from '../session/session-cookie.js';
import { SignedInViewer, SignInPayload } from '../user/signed-in-viewer.type.js';
import { SignInInput } from './authentication.inputs.js';
import { signIn, signOut } from './sign-in.commands.js';

@Resolver()
export class SignInResolver {
  // Nullable on purpose: every aliased signIn in one request runs and is counted by the rate limits,
  // instead of the first refusal silently cancelling the rest.
  @Mutation(() => SignInPayload, {
    nullable: true,
    description: 'Starts a session (an httpOnly cookie); may ask for a second factor first',
  })
  async signIn(@Ctx() ctx: Context, @Arg('input', () => SignInInput) input: SignInInput): Promise<SignInPayload> {
    const result = await signIn(limitedCommandDeps(ctx), input);
    if ('secondFactorNeeded' in result) return { viewer: null, totpRequired: true };
    ctx.request.setCookie?.(sessionCookieHeader(ctx.services.config, result.session.token, result.session.expiresAt));
    return { viewer: SignedInViewer.ofUser(result.user, result.member), totpRequired: false };
  }

  @Mutation(() => Boolean, { description: 'Ends this session on the server and closes its live connections' })
  async signOut(@Ctx() ctx: Context): Promise<boolean> {
    // The cookie goes first: even if ending the session fails, this browser is signed out.
    ctx.request.setCookie?.(clearedSessionCookieHeader(ctx.services.config));
    await signOut(commandDeps(ctx));
    return true;
  }
}
