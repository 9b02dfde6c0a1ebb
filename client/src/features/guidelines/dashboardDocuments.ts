import { graphql } from '../../gql';

export const GuidelineCountryQuery = graphql(`
  query GuidelineCountry($countryCode: String!) {
    guidelineCountryProgress(countryCode: $countryCode) {
      countryCode
      actionPoints {
        key
        label
      }
      rows {
        municipality {
          id
          name
        }
        statuses
        counts {
          percent
          level
        }
        lastReviewedAt
      }
    }
    countries {
      code
      name
    }
  }
`);

export const GuidelineRegionQuery = graphql(`
  query GuidelineRegion {
    guidelineRegionProgress {
      countryCode
      countryName
      municipalities
      counts {
        percent
        level
      }
    }
  }
`);

export const GuidelineMapQuery = graphql(`
  query GuidelineMap {
    guidelineImplementationMap {
      municipality {
        id
        name
        latitude
        longitude
        country {
          code
          name
        }
      }
      counts {
        inPlace
        total
        notApplicable
        percent
        level
      }
    }
  }
`);

export const GuidelineRemindersQuery = graphql(`
  query GuidelineReminders {
    guidelineReminders {
      id
      reviewedAt
      municipality {
        id
        name
      }
      actionPoint {
        key
        label
      }
    }
  }
`);
