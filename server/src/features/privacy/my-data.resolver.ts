import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { exportMyData } from './my-data.commands.js';

@Resolver()
export class MyDataResolver {
  // A query, since it reads; it also writes one audit entry, which is why the client asks for it with no-cache.
  @Authorized()
  @Query(() => String, {
    description:
      'Everything stored about you, as JSON text (its `notes` say what it holds; security secrets and the vouching notes of proposals about you are left out). The download is recorded in the audit log',
  })
  myData(@Ctx() ctx: Context): Promise<string> {
    return exportMyData(commandDeps(ctx));
  }
}
