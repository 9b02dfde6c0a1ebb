
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation"
    ]
  }
};
      export default result;
    