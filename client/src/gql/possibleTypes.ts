
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "MeetingEvent": [
      "MeetingActionItemAdded",
      "MeetingActionItemChanged",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingMinutesChanged",
      "MeetingNoteAdded",
      "MeetingParticipantChanged",
      "MeetingParticipantsInvited",
      "MeetingPollClosed",
      "MeetingPollCreated",
      "MeetingPollOpened",
      "MeetingQuestionAnswered",
      "MeetingQuestionAsked",
      "MeetingQuestionHidden",
      "MeetingQuestionUpvoted",
      "MeetingStatusChanged",
      "MeetingVoteCounted"
    ],
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
    "MeetingEvent": [
      "MeetingActionItemAdded",
      "MeetingActionItemChanged",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingMinutesChanged",
      "MeetingNoteAdded",
      "MeetingParticipantChanged",
      "MeetingParticipantsInvited",
      "MeetingPollClosed",
      "MeetingPollCreated",
      "MeetingPollOpened",
      "MeetingQuestionAnswered",
      "MeetingQuestionAsked",
      "MeetingQuestionHidden",
      "MeetingQuestionUpvoted",
      "MeetingStatusChanged",
      "MeetingVoteCounted"
    ],
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
    