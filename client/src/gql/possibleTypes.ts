
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "MeetingEvent": [
      "MeetingAgendaAdvanced",
      "MeetingAgendaChanged",
      "MeetingAgendaExtended",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingHandLowered",
      "MeetingHandRaised",
      "MeetingParticipantChanged",
      "MeetingParticipantCheckedIn",
      "MeetingParticipantLeft",
      "MeetingParticipantsInvited",
      "MeetingSpeakerBalanceChanged",
      "MeetingSpeakerCalled",
      "MeetingSpeakerFinished",
      "MeetingStatusChanged"
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
      "MeetingAgendaAdvanced",
      "MeetingAgendaChanged",
      "MeetingAgendaExtended",
      "MeetingDatePollChanged",
      "MeetingDetailsChanged",
      "MeetingHandLowered",
      "MeetingHandRaised",
      "MeetingParticipantChanged",
      "MeetingParticipantCheckedIn",
      "MeetingParticipantLeft",
      "MeetingParticipantsInvited",
      "MeetingSpeakerBalanceChanged",
      "MeetingSpeakerCalled",
      "MeetingSpeakerFinished",
      "MeetingStatusChanged"
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
    