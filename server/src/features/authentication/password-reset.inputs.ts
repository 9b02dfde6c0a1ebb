import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** A random 256-bit token is 43 base64url characters; anything much longer is not one of ours. */
export const RESET_TOKEN_MAX = 200;
/** One answer for every unusable link: unknown, used, expired, or of an account that is not active. */
export const RESET_LINK_INVALID = 'This reset link is not valid any more';

@InputType()
export class ResetPasswordInput {
  @Field(() => String, { description: 'The token from the reset link' })
  @MaxLength(RESET_TOKEN_MAX, { message: RESET_LINK_INVALID })
  token!: string;

  @Field(() => String)
  @MaxLength(1024)
  newPassword!: string;
}
