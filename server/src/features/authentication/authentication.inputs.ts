import { IsEmail, IsOptional, Matches, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType()
export class SignInInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter an email address' })
  @MaxLength(320)
  email!: string;

  @Field(() => String)
  @MaxLength(256)
  password!: string;

  @Field(() => String, { nullable: true, description: 'The 6-digit code from the authenticator app' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'The code has 6 digits' })
  totpCode?: string | null;

  @Field(() => String, { nullable: true, description: 'One of the recovery codes, instead of totpCode' })
  @IsOptional()
  @MaxLength(40)
  recoveryCode?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @MaxLength(256)
  currentPassword!: string;

  @Field(() => String)
  @MaxLength(256)
  newPassword!: string;
}
