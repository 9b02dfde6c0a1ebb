
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation",
      "PostMatch",
      "ThreadMatch"
    ],
    "ThreadChange": [
      "PostChanged",
      "ThreadMerged",
      "ThreadStateChanged"
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
    ],
    "ThreadChange": [
      "PostChanged",
      "ThreadMerged",
      "ThreadStateChanged"
    ]
  }
};
      export default result;
    