import { graphql } from '../../gql';

export const BaselineQuestionsQuery = graphql(`
  query BaselineQuestions {
    baselineQuestions {
      key
      theme
      question
      required
      parts {
        key
        kind
        options
        max
        optional
      }
    }
  }
`);

export const BaselineAssessmentFields = graphql(`
  fragment BaselineAssessmentFields on BaselineAssessmentType {
    id
    municipalityId
    municipalityName
    countryCode
    year
    status
    version
    submittedAt
    acceptedAt
    missingRequired
    viewerCan {
      edit
      submit
      accept
      reopen
    }
    answers {
      question
      parts {
        part
        choice
        options
        number
        text
      }
    }
  }
`);

export const BaselineAssessmentQuery = graphql(`
  query BaselineAssessment($municipalityId: ID!, $year: Int!) {
    baselineAssessment(municipalityId: $municipalityId, year: $year) {
      ...BaselineAssessmentFields
    }
  }
`);

export const SaveBaselineDraftMutation = graphql(`
  mutation SaveBaselineDraft($input: SaveBaselineDraftInput!) {
    saveBaselineDraft(input: $input) {
      ...BaselineAssessmentFields
    }
  }
`);

export const SubmitBaselineMutation = graphql(`
  mutation SubmitBaseline($input: BaselineTransitionInput!) {
    submitBaseline(input: $input) {
      ...BaselineAssessmentFields
    }
  }
`);

export const AcceptBaselineMutation = graphql(`
  mutation AcceptBaseline($input: BaselineTransitionInput!) {
    acceptBaseline(input: $input) {
      ...BaselineAssessmentFields
    }
  }
`);

export const ReopenBaselineMutation = graphql(`
  mutation ReopenBaseline($input: BaselineTransitionInput!) {
    reopenBaseline(input: $input) {
      ...BaselineAssessmentFields
    }
  }
`);

export const BaselineComparisonQuery = graphql(`
  query BaselineComparison($municipalityId: ID!, $from: Int!, $to: Int!) {
    baselineComparison(municipalityId: $municipalityId, from: $from, to: $to) {
      municipalityId
      municipalityName
      countryCode
      years {
        year
        status
      }
      from {
        year
      }
      to {
        year
      }
      rows {
        question
        changed
        from {
          question
          parts {
            part
            choice
            options
            number
            text
          }
        }
        to {
          question
          parts {
            part
            choice
            options
            number
            text
          }
        }
      }
    }
  }
`);

export const BaselineCountryReportQuery = graphql(`
  query BaselineCountryReport($countryCode: String!, $year: Int!) {
    baselineCountryReport(countryCode: $countryCode, year: $year) {
      countryCode
      countryName
      year
      counted
      municipalities {
        municipalityId
        name
        status
        submittedAt
      }
      questions {
        question
        answered
        parts {
          part
          kind
          answered
          counts {
            option
            count
          }
          total
          min
          max
        }
      }
    }
  }
`);

export const BaselineRegionComparisonQuery = graphql(`
  query BaselineRegionComparison($year: Int!, $countryCode: String) {
    baselineRegionComparison(year: $year, countryCode: $countryCode) {
      countryCode
      countryName
      counted
      question
      part
      answered
      counts {
        option
        count
      }
    }
  }
`);
