
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation",
      "PostMatch",
      "ThreadMatch"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation",
      "PostMatch",
      "ThreadMatch"
    ]
  }
};
      export default result;
    