import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum BaselineStatus {
  NOT_STARTED = 'NOT_STARTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(BaselineStatus, {
  name: 'BaselineStatus',
  description: 'A draft is answered, a submission reviewed, an accepted one locked',
});

export enum BaselinePartKind {
  CHOICE = 'CHOICE',
  MULTI = 'MULTI',
  NUMBER = 'NUMBER',
  PERCENT = 'PERCENT',
  RATING = 'RATING',
  TEXT = 'TEXT',
}
registerEnumType(BaselinePartKind, { name: 'BaselinePartKind', description: 'What a part of an answer takes' });

@ObjectType({ description: 'One typed part of a question: yes/no, a percentage, a rating 1–5, options from a vocabulary…' })
export class BaselinePart {
  @Field(() => String)
  key!: string;

  @Field(() => BaselinePartKind)
  kind!: BaselinePartKind;

  @Field(() => [String], { description: 'The option keys of a CHOICE or MULTI part' })
  options!: string[];

  @Field(() => Int, { nullable: true, description: 'The largest number a NUMBER, PERCENT or RATING part takes' })
  max!: number | null;

  @Field(() => Boolean)
  optional!: boolean;
}

@ObjectType()
export class BaselineSource {
  @Field(() => String)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  year!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;
}

@ObjectType({ description: 'A question of the baseline self-assessment (guidelines.json), with its answer schema' })
export class BaselineQuestion {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  theme!: string;

  @Field(() => String)
  question!: string;

  @Field(() => Boolean, { description: 'Submitting needs its non-optional parts' })
  required!: boolean;

  @Field(() => Boolean, { description: 'Whether the sources confirm the topic (false: drawn from other municipal guidance)' })
  topicConfirmed!: boolean;

  @Field(() => [BaselinePart])
  parts!: BaselinePart[];

  @Field(() => [BaselineSource])
  sources!: BaselineSource[];
}

@ObjectType({ description: 'The value of one part: the field its kind takes is set' })
export class BaselinePartAnswer {
  @Field(() => String)
  part!: string;

  @Field(() => String, { nullable: true })
  choice!: string | null;

  @Field(() => [String], { nullable: true })
  options!: string[] | null;

  @Field(() => Int, { nullable: true })
  number!: number | null;

  @Field(() => String, { nullable: true })
  text!: string | null;
}

@ObjectType()
export class BaselineAnswer {
  @Field(() => String)
  question!: string;

  @Field(() => [BaselinePartAnswer])
  parts!: BaselinePartAnswer[];
}

@ObjectType()
export class BaselineViewerCan {
  @Field(() => Boolean)
  edit!: boolean;

  @Field(() => Boolean)
  submit!: boolean;

  @Field(() => Boolean)
  accept!: boolean;

  @Field(() => Boolean)
  reopen!: boolean;
}

@ObjectType({ description: 'A municipality’s assessment of one year (NOT_STARTED, without an id, until the first save)' })
export class BaselineAssessmentType {
  @Field(() => ID, { nullable: true })
  id!: string | null;

  @Field(() => ID)
  municipalityId!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String)
  countryCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => BaselineStatus)
  status!: BaselineStatus;

  @Field(() => Int, { description: 'Send it back as expectedVersion (0 before the first save)' })
  version!: number;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => [BaselineAnswer])
  answers!: BaselineAnswer[];

  @Field(() => [String], { description: 'Required questions still unanswered: submitting is refused while any is' })
  missingRequired!: string[];

  @Field(() => BaselineViewerCan)
  viewerCan!: BaselineViewerCan;
}

@ObjectType()
export class BaselineYear {
  @Field(() => Int)
  year!: number;

  @Field(() => BaselineStatus)
  status!: BaselineStatus;
}

@ObjectType({ description: 'One question in two years; a year without a submitted or accepted answer is null' })
export class BaselineComparisonRow {
  @Field(() => String)
  question!: string;

  @Field(() => BaselineAnswer, { nullable: true })
  from!: BaselineAnswer | null;

  @Field(() => BaselineAnswer, { nullable: true })
  to!: BaselineAnswer | null;

  @Field(() => Boolean)
  changed!: boolean;
}

@ObjectType({ description: 'One municipality over time: only submitted and accepted answers are compared' })
export class BaselineComparison {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => String)
  municipalityName!: string;

  @Field(() => String)
  countryCode!: string;

  @Field(() => [BaselineYear], { description: 'Every year with an assessment, newest first, whatever its status' })
  years!: BaselineYear[];

  @Field(() => BaselineYear, { nullable: true })
  from!: BaselineYear | null;

  @Field(() => BaselineYear, { nullable: true })
  to!: BaselineYear | null;

  @Field(() => [BaselineComparisonRow])
  rows!: BaselineComparisonRow[];
}

@ObjectType()
export class BaselineOptionCount {
  @Field(() => String)
  option!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'How municipalities answered one part: counts per option, or the numbers’ range and total' })
export class BaselinePartSummary {
  @Field(() => String)
  part!: string;

  @Field(() => BaselinePartKind)
  kind!: BaselinePartKind;

  @Field(() => Int, { description: 'Municipalities that answered this part' })
  answered!: number;

  @Field(() => [BaselineOptionCount], { description: 'CHOICE and MULTI: every option, in schema order, zero counts included' })
  counts!: BaselineOptionCount[];

  @Field(() => Float, { nullable: true })
  total!: number | null;

  @Field(() => Int, { nullable: true })
  min!: number | null;

  @Field(() => Int, { nullable: true })
  max!: number | null;
}

@ObjectType()
export class BaselineQuestionSummary {
  @Field(() => String)
  question!: string;

  @Field(() => Int)
  answered!: number;

  @Field(() => [BaselinePartSummary])
  parts!: BaselinePartSummary[];
}

@ObjectType()
export class BaselineMunicipalityStatus {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => BaselineStatus)
  status!: BaselineStatus;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType({ description: 'A country’s assessments of one year: counts over submitted and accepted answers only' })
export class BaselineCountryReport {
  @Field(() => String)
  countryCode!: string;

  @Field(() => String)
  countryName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Submitted or accepted assessments the counts are over' })
  counted!: number;

  @Field(() => [BaselineMunicipalityStatus])
  municipalities!: BaselineMunicipalityStatus[];

  @Field(() => [BaselineQuestionSummary])
  questions!: BaselineQuestionSummary[];
}

@ObjectType({ description: 'One question’s answers in one country (submitted and accepted only)' })
export class BaselineCountryCounts {
  @Field(() => String)
  countryCode!: string;

  @Field(() => String)
  countryName!: string;

  @Field(() => Int)
  counted!: number;

  @Field(() => BaselineQuestionSummary)
  summary!: BaselineQuestionSummary;
}

@ObjectType({
  description:
    'One part of a question with options (yes/partly/no, a frequency…) in one country: its submitted and accepted answers counted',
})
export class BaselineRegionRow {
  @Field(() => String)
  countryCode!: string;

  @Field(() => String)
  countryName!: string;

  @Field(() => Int, { description: 'Submitted or accepted assessments of the country that year' })
  counted!: number;

  @Field(() => String)
  question!: string;

  @Field(() => String)
  part!: string;

  @Field(() => BaselinePartKind, { description: 'CHOICE or MULTI' })
  kind!: BaselinePartKind;

  @Field(() => Int, { description: 'Municipalities that answered this part' })
  answered!: number;

  @Field(() => [BaselineOptionCount], { description: 'Every option, in schema order, zero counts included' })
  counts!: BaselineOptionCount[];
}
