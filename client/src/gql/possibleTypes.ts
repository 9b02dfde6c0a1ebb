
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "SearchResult": [
      "Expert",
      "Organisation"
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
      "Organisation"
    ],
    "ThreadChange": [
      "PostChanged",
      "ThreadMerged",
      "ThreadStateChanged"
    ]
  }
};
      export default result;
    