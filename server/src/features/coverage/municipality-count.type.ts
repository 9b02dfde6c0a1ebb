import { Field, Int, ObjectType } from 'type-graphql';
import { Municipality } from '../municipality/municipality.entity.js';

@ObjectType({ description: 'What the map shows at one municipality' })
export class MunicipalityCount {
  @Field(() => Municipality)
  municipality!: Municipality;

  @Field(() => Int, { description: 'Organisations there (anonymous visitors: publicly listed ones only)' })
  organisations!: number;

  @Field(() => Int, { nullable: true, description: 'Experts working there; null for anonymous visitors' })
  experts!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether a municipal contact point serves it; null for anonymous visitors' })
  hasContactPoint!: boolean | null;
}
