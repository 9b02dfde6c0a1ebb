import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A new authenticator secret: scan the QR code (or type the secret), then confirm with a code' })
export class TotpSetup {
  @Field(() => String, { description: 'Base32, for typing into the app by hand' })
  secret!: string;

  @Field(() => String)
  otpauthUri!: string;

  @Field(() => String, { description: 'The otpauth URI as an SVG QR code' })
  qrCodeSvg!: string;
}
