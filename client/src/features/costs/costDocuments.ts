import { graphql } from '../../gql';

export const CostScenarioFieldsFragment = graphql(`
  fragment CostScenarioEditor_scenario on CostScenario {
    id
    title
    summary
    countryCode
    municipalityId
    municipalityName
    currency
    priceYear
    templateKey
    shared
    version
    mine
    updatedAt
    lines {
      category
      payer
      unitCostMinor
      quantity
      period
      periods
      startDay
      illustrative
      sourceNote
      totalMinor
    }
    totals {
      totalMinor
    }
  }
`);

export const CostScenarioListQuery = graphql(`
  query CostScenarioList($first: Int!, $after: String, $mine: Boolean, $municipalityId: ID) {
    costScenarios(first: $first, after: $after, filter: { mine: $mine, municipalityId: $municipalityId }) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          countryCode
          currency
          priceYear
          shared
          mine
          updatedAt
          totals {
            totalMinor
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CostTemplatesQuery = graphql(`
  query CostTemplates {
    costTemplates {
      key
      title
      countryCode
      currency
      priceYear
      summary
      basis
      source
      lines {
        category
        payer
        unitCostMinor
        quantity
        period
        periods
        startDay
        illustrative
        sourceNote
        totalMinor
      }
    }
  }
`);

export const CostScenarioQuery = graphql(`
  query CostScenario($id: ID!) {
    costScenario(id: $id) {
      ...CostScenarioEditor_scenario
    }
  }
`);

export const CostCountriesQuery = graphql(`
  query CostCountries {
    countries {
      code
      name
    }
  }
`);

export const SaveCostScenarioMutation = graphql(`
  mutation SaveCostScenario($input: SaveCostScenarioInput!) {
    saveCostScenario(input: $input) {
      ...CostScenarioEditor_scenario
    }
  }
`);

export const DeleteCostScenarioMutation = graphql(`
  mutation DeleteCostScenario($id: ID!) {
    deleteCostScenario(id: $id)
  }
`);

export const PublishedCostFiguresQuery = graphql(`
  query PublishedCostFigures {
    publishedCostFigures {
      country
      category
      unit
      amount
      amountHigh
      currency
      year
      note
      sources {
        id
        title
        publisher
        address
      }
    }
  }
`);

export const CostComparisonQuery = graphql(`
  query CostComparison($ids: [ID!]!, $currency: CostCurrency!, $priceYear: Int!) {
    costComparison(ids: $ids, currency: $currency, priceYear: $priceYear) {
      currency
      priceYear
      entries {
        scenario {
          id
          title
          currency
          priceYear
        }
        totals {
          totalMinor
          byGroup {
            key
            totalMinor
          }
          byCategory {
            category
            totalMinor
          }
        }
      }
    }
  }
`);

export const CostPrioritiesQuery = graphql(`
  query CostPriorities($municipalityId: ID!, $currency: CostCurrency!, $priceYear: Int!) {
    costPriorities(municipalityId: $municipalityId, currency: $currency, priceYear: $priceYear) {
      municipalityId
      currency
      priceYear
      scenarioCount
      totalMinor
      byCategory {
        category
        totalMinor
      }
    }
  }
`);

export const CostRatesQuery = graphql(`
  query CostRates {
    costRates {
      exchange {
        year
        currency
        perEuro
        source
        updatedAt
      }
      prices {
        year
        countryCode
        index
        source
        updatedAt
      }
    }
  }
`);

export const SetExchangeRateMutation = graphql(`
  mutation SetExchangeRate($input: SetExchangeRateInput!) {
    setExchangeRate(input: $input) {
      exchange {
        year
        currency
        perEuro
        source
        updatedAt
      }
    }
  }
`);

export const SetPriceIndexMutation = graphql(`
  mutation SetPriceIndex($input: SetPriceIndexInput!) {
    setPriceIndex(input: $input) {
      prices {
        year
        countryCode
        index
        source
        updatedAt
      }
    }
  }
`);
