
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "MeetingEvent": [
      "MeetingActionItemAdded",
      "MeetingActionItemChanged",
      "MeetingAgendaAdvanced",
      "MeetingAgendaChanged",
      "MeetingAgendaExtended",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingHandLowered",
      "MeetingHandRaised",
      "MeetingHostChanged",
      "MeetingMinutesChanged",
      "MeetingNoteAdded",
      "MeetingParticipantChanged",
      "MeetingParticipantCheckedIn",
      "MeetingParticipantLeft",
      "MeetingParticipantsInvited",
      "MeetingPollClosed",
      "MeetingPollCreated",
      "MeetingPollOpened",
      "MeetingQuestionAnswered",
      "MeetingQuestionAsked",
      "MeetingQuestionHidden",
      "MeetingQuestionUpvoted",
      "MeetingSpeakerBalanceChanged",
      "MeetingSpeakerCalled",
      "MeetingSpeakerFinished",
      "MeetingStatusChanged",
      "MeetingVoteCounted"
    ],
    "SearchResult": [
      "Expert",
      "Organisation",
      "PostMatch",
      "ResourceMatch",
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
      "MeetingAgendaAdvanced",
      "MeetingAgendaChanged",
      "MeetingAgendaExtended",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingHandLowered",
      "MeetingHandRaised",
      "MeetingHostChanged",
      "MeetingMinutesChanged",
      "MeetingNoteAdded",
      "MeetingParticipantChanged",
      "MeetingParticipantCheckedIn",
      "MeetingParticipantLeft",
      "MeetingParticipantsInvited",
      "MeetingPollClosed",
      "MeetingPollCreated",
      "MeetingPollOpened",
      "MeetingQuestionAnswered",
      "MeetingQuestionAsked",
      "MeetingQuestionHidden",
      "MeetingQuestionUpvoted",
      "MeetingSpeakerBalanceChanged",
      "MeetingSpeakerCalled",
      "MeetingSpeakerFinished",
      "MeetingStatusChanged",
      "MeetingVoteCounted"
    ],
    "SearchResult": [
      "Expert",
      "Organisation",
      "PostMatch",
      "ResourceMatch",
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
    