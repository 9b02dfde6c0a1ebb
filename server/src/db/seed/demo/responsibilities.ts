// What each role means in practice, as the responsibilities text on a role assignment. `{place}` is the scope.
import type { ChainRole, NetworkRole } from '@strom/shared';

export const RESPONSIBILITIES: Readonly<Record<ChainRole | NetworkRole, readonly string[]>> = {
  FIRST_IDENTIFIER: [
    'Recognises indicators of trafficking in daily work and refers presumed victims in {place} to assistance.',
    'Screens contacts for signs of exploitation and informs people of their rights before referral.',
  ],
  FORMAL_IDENTIFIER: [
    'Decides on formal identification of victims in {place} and grants access to the reflection period.',
    'Assesses referrals from first-line actors and documents the identification decision.',
  ],
  REFERRAL_CONTACT_POINT: [
    'Receives referrals for {place} and connects presumed victims with the right service within a day.',
    'Keeps the local referral list up to date and answers questions from first-line staff.',
  ],
  CASE_MANAGER: [
    'Coordinates individual assistance plans for victims in {place}, from first contact to long-term support.',
    'Holds the case: arranges accommodation, health care, legal aid and interpretation for each person.',
  ],
  SERVICE_PROVIDER: [
    'Provides direct assistance to victims in {place}: counselling, accompaniment and practical help.',
    'Runs support services and reports capacity to the referral partners.',
  ],
  INVESTIGATOR: [
    'Investigates trafficking offences in {place} and ensures victims are referred to assistance.',
    'Leads victim-centred interviews and cooperates with prosecutors and foreign police.',
  ],
  PROSECUTOR: [
    'Prosecutes trafficking cases in {place} and applies the non-punishment principle.',
    'Advises investigators on evidence and pursues compensation for victims.',
  ],
  LABOUR_INSPECTOR: [
    'Inspects workplaces in {place} with high risk of labour exploitation and refers presumed victims.',
    'Plans joint inspections with police and tax authorities in risk sectors.',
  ],
  CHILD_PROTECTION_OFFICER: [
    'Protects children at risk of trafficking in {place} and arranges care and guardianship.',
    'Carries out best-interests assessments for unaccompanied and separated children.',
  ],
  GUARDIAN_ADVOCATE: [
    'Acts as guardian or independent advocate for child victims in {place}.',
    'Represents the child in proceedings and makes sure their views are heard.',
  ],
  PREVENTION_WORKER: [
    'Runs outreach and prevention activities with at-risk groups in {place}.',
    'Organises awareness sessions for migrant workers, students and professionals.',
  ],
  POLICY_COORDINATOR: [
    'Coordinates anti-trafficking policy for {place} and follows up the action plan.',
    'Prepares legislation and brings ministries, agencies and NGOs together.',
  ],
  TRAINER: [
    'Trains professionals in {place} on identification, referral and victim rights.',
    'Develops training material and runs courses for first-line staff.',
  ],
  RESEARCHER: [
    'Collects and analyses data on trafficking and the response to it in {place}.',
    'Evaluates assistance programmes and publishes findings for practitioners.',
  ],
  MUNICIPAL_CONTACT_POINT: [
    'Anti-trafficking contact point for {place}: first address for colleagues, counterparts abroad and the national coordinator.',
    'Keeps the municipal referral pathway current and convenes local cooperation meetings in {place}.',
  ],
  NATIONAL_COORDINATOR: [
    'National coordinator for {place}: leads the national referral mechanism and represents the country in the network.',
  ],
  TF_THB_MEMBER: [
    'Represents {place} in the CBSS Task Force against Trafficking in Human Beings.',
    'Member of the Task Force for {place}; reports national developments and takes part in regional projects.',
  ],
  MODERATOR: [
    'Moderates the expert network forums for {place} and welcomes new members.',
    'Keeps discussions on topic, reviews flagged posts and curates shared resources.',
  ],
};
