import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { NotFound } from '../../core/errors.js';
import { commandDeps } from '../../core/outbox/command-deps.js';
import { closeCounterpartRequest, openCounterpartRequest } from './counterpart-request.commands.js';
import {
  AnswerCounterpartRequestInput,
  CloseCounterpartRequestInput,
  CounterpartRequestsArgs,
  CounterpartStatisticsArgs,
  ForwardCounterpartRequestInput,
  OpenCounterpartRequestInput,
  PostCounterpartMessageInput,
} from './counterpart-request.inputs.js';
import { findCounterpartRequest, listCounterpartRequests } from './counterpart-request.read.js';
import { counterpartRequestStatistics } from './counterpart-request-stats.read.js';
import { CounterpartRequest, CounterpartRequestConnection, CounterpartRequestStatistics } from './counterpart-request.types.js';
import { answerCounterpartRequest, forwardCounterpartRequest, postCounterpartMessage } from './counterpart-reply.commands.js';

@Resolver()
export class CounterpartRequestResolver {
  @Authorized()
  @Query(() => CounterpartRequestConnection, { description: 'Requests in one of your boxes, newest first' })
  counterpartRequests(@Ctx() { em, viewer }: Context, @Args(() => CounterpartRequestsArgs) args: CounterpartRequestsArgs) {
    return listCounterpartRequests(em, viewer, args);
  }

  @Query(() => CounterpartRequest, { nullable: true, description: 'Null when it does not exist or you are not on either side' })
  counterpartRequest(@Ctx() { em, viewer }: Context, @Arg('id', () => ID) id: string): Promise<CounterpartRequest | null> {
    return findCounterpartRequest(em, viewer, id);
  }

  @Authorized()
  @Query(() => CounterpartRequestStatistics, { description: 'TF-THB, coordinators and admins: anonymous counts of requests' })
  counterpartRequestStatistics(
    @Ctx() { em, viewer }: Context,
    @Args(() => CounterpartStatisticsArgs) { year }: CounterpartStatisticsArgs,
  ): Promise<CounterpartRequestStatistics> {
    return counterpartRequestStatistics(em, viewer, year ?? null);
  }

  @Authorized()
  @Mutation(() => CounterpartRequest, { description: 'Opens a request (under your id) to the counterparts of a place' })
  async openCounterpartRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => OpenCounterpartRequestInput) input: OpenCounterpartRequestInput,
  ): Promise<CounterpartRequest> {
    return reread(ctx, await openCounterpartRequest(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => CounterpartRequest, { description: 'A recipient accepts or declines (with a reason)' })
  async answerCounterpartRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerCounterpartRequestInput) input: AnswerCounterpartRequestInput,
  ): Promise<CounterpartRequest> {
    return reread(ctx, await answerCounterpartRequest(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => CounterpartRequest, { description: 'A recipient hands the request on to another member' })
  async forwardCounterpartRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => ForwardCounterpartRequestInput) input: ForwardCounterpartRequestInput,
  ): Promise<CounterpartRequest> {
    return reread(ctx, await forwardCounterpartRequest(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => CounterpartRequest, { description: 'A message in the request’s thread (under your id); answers the request' })
  async postCounterpartMessage(
    @Ctx() ctx: Context,
    @Arg('input', () => PostCounterpartMessageInput) input: PostCounterpartMessageInput,
  ): Promise<CounterpartRequest> {
    return reread(ctx, await postCounterpartMessage(commandDeps(ctx), input));
  }

  @Authorized()
  @Mutation(() => CounterpartRequest, { description: 'The requester closes the request with its outcome' })
  async closeCounterpartRequest(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseCounterpartRequestInput) input: CloseCounterpartRequestInput,
  ): Promise<CounterpartRequest> {
    return reread(ctx, await closeCounterpartRequest(commandDeps(ctx), input));
  }
}

/** The request as the actor now sees it (a forwarder still does: they stay a recipient). */
async function reread(ctx: Context, id: string): Promise<CounterpartRequest> {
  const request = await findCounterpartRequest(ctx.em, ctx.viewer, id);
  if (!request) throw new NotFound('The request');
  return request;
}
