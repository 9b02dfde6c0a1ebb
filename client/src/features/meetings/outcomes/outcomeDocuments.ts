import { graphql } from '../../../gql';

export const PollsPanelPollFragment = graphql(`
  fragment PollsPanel_poll on MeetingPoll {
    id
    question
    status
    multiple
    anonymous
    voterCount
    viewerChoice
    options {
      id
      label
      votes
    }
    voters {
      userId
      name
      optionIds
    }
  }
`);

export const QuestionsPanelQuestionFragment = graphql(`
  fragment QuestionsPanel_question on MeetingQuestion {
    id
    text
    authorName
    upvotes
    viewerUpvoted
    viewerAsked
    answered
    hidden
  }
`);

export const DecisionsPanelNoteFragment = graphql(`
  fragment DecisionsPanel_note on MeetingNote {
    id
    kind
    text
    createdAt
  }
`);

export const ActionItemListItemFragment = graphql(`
  fragment ActionItemList_item on MeetingActionItem {
    id
    text
    ownerName
    dueOn
    status
    meetingId
    meetingTitle
    viewerCanUpdate
  }
`);

export const MeetingOutcomesQuery = graphql(`
  query MeetingOutcomes($id: ID!) {
    meeting(id: $id) {
      id
      status
      lastEventSequence
      viewerCanOutcomes {
        run
        takePart
      }
      hosts {
        userId
        name
      }
      participants {
        userId
        name
        status
      }
      polls {
        id
        ...PollsPanel_poll
      }
      questions {
        id
        ...QuestionsPanel_question
      }
      notes {
        id
        ...DecisionsPanel_note
      }
      actionItems {
        id
        ...ActionItemList_item
      }
    }
  }
`);

export const CarriedActionItemsQuery = graphql(`
  query MeetingCarriedActionItems($id: ID!) {
    meeting(id: $id) {
      id
      carriedActionItems {
        id
        ...ActionItemList_item
      }
    }
  }
`);

/** What the outcome panels read of an event: selected by every stream that feeds them (one per page). */
export const MeetingOutcomeEventFragment = graphql(`
  fragment MeetingOutcomeEvent_event on MeetingEvent {
    __typename
    sequence
    kind
    ... on MeetingPollCreated {
      pollId
    }
    ... on MeetingPollOpened {
      pollId
    }
    ... on MeetingVoteCounted {
      pollId
      voterCount
      options {
        optionId
        votes
      }
    }
    ... on MeetingPollClosed {
      pollId
      pollStatus: status
      voterCount
      options {
        optionId
        votes
      }
    }
    ... on MeetingQuestionAsked {
      questionId
    }
    ... on MeetingQuestionUpvoted {
      questionId
      upvotes
    }
    ... on MeetingQuestionAnswered {
      questionId
    }
    ... on MeetingQuestionHidden {
      questionId
    }
    ... on MeetingNoteAdded {
      noteId
    }
    ... on MeetingActionItemAdded {
      actionItemId
    }
    ... on MeetingActionItemChanged {
      actionItemId
      itemStatus: status
    }
  }
`);

export const MeetingOutcomeEventsSubscription = graphql(`
  subscription MeetingOutcomeEvents($meetingId: ID!, $after: Int) {
    meetingEvent(meetingId: $meetingId, after: $after) {
      ...MeetingOutcomeEvent_event
    }
  }
`);

export const CreatePollMutation = graphql(`
  mutation CreateMeetingPoll($input: CreateMeetingPollInput!) {
    createMeetingPoll(input: $input) {
      id
      ...PollsPanel_poll
    }
  }
`);

export const OpenPollMutation = graphql(`
  mutation OpenMeetingPoll($id: ID!) {
    openMeetingPoll(id: $id) {
      id
      ...PollsPanel_poll
    }
  }
`);

export const ClosePollMutation = graphql(`
  mutation CloseMeetingPoll($id: ID!) {
    closeMeetingPoll(id: $id) {
      id
      ...PollsPanel_poll
    }
  }
`);

export const VotePollMutation = graphql(`
  mutation VoteMeetingPoll($input: VoteMeetingPollInput!) {
    voteMeetingPoll(input: $input) {
      id
      ...PollsPanel_poll
    }
  }
`);

export const AskQuestionMutation = graphql(`
  mutation AskMeetingQuestion($input: AskMeetingQuestionInput!) {
    askMeetingQuestion(input: $input) {
      id
      ...QuestionsPanel_question
    }
  }
`);

export const UpvoteQuestionMutation = graphql(`
  mutation UpvoteMeetingQuestion($id: ID!) {
    upvoteMeetingQuestion(id: $id) {
      id
      ...QuestionsPanel_question
    }
  }
`);

export const AnswerQuestionMutation = graphql(`
  mutation AnswerMeetingQuestion($id: ID!) {
    answerMeetingQuestion(id: $id) {
      id
      ...QuestionsPanel_question
    }
  }
`);

export const HideQuestionMutation = graphql(`
  mutation HideMeetingQuestion($id: ID!) {
    hideMeetingQuestion(id: $id) {
      id
      ...QuestionsPanel_question
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddMeetingNote($input: AddMeetingNoteInput!) {
    addMeetingNote(input: $input) {
      id
      ...DecisionsPanel_note
    }
  }
`);

export const AddActionItemMutation = graphql(`
  mutation AddMeetingActionItem($input: AddMeetingActionItemInput!) {
    addMeetingActionItem(input: $input) {
      id
      ...ActionItemList_item
    }
  }
`);

export const SetActionItemStatusMutation = graphql(`
  mutation SetMeetingActionItemStatus($input: SetMeetingActionItemStatusInput!) {
    setMeetingActionItemStatus(input: $input) {
      id
      ...ActionItemList_item
    }
  }
`);

export const MinutesFragment = graphql(`
  fragment MinutesPage_minutes on MeetingMinutes {
    meetingId
    status
    source
    html
    version
    updatedAt
    publishedAt
  }
`);

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meeting(id: $id) {
      id
      title
      status
      viewerCanOutcomes {
        writeMinutes
      }
      minutes {
        id
        ...MinutesPage_minutes
      }
    }
  }
`);

export const GenerateMinutesMutation = graphql(`
  mutation GenerateMeetingMinutes($meetingId: ID!, $expectedVersion: Int) {
    generateMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {
      id
      ...MinutesPage_minutes
    }
  }
`);

export const UpdateMinutesMutation = graphql(`
  mutation UpdateMeetingMinutes($input: UpdateMeetingMinutesInput!) {
    updateMeetingMinutes(input: $input) {
      id
      ...MinutesPage_minutes
    }
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation PublishMeetingMinutes($meetingId: ID!, $expectedVersion: Int!) {
    publishMeetingMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) {
      id
      ...MinutesPage_minutes
    }
  }
`);

// What an event may change in the cache without a read (outcomeCache.ts).
export const PollTallyFragment = graphql(`
  fragment PollTally_poll on MeetingPoll {
    id
    status
    voterCount
    options {
      id
      votes
    }
  }
`);

export const QuestionTallyFragment = graphql(`
  fragment QuestionTally_question on MeetingQuestion {
    id
    upvotes
    answered
    hidden
  }
`);

export const ActionItemStatusFragment = graphql(`
  fragment ActionItemStatus_item on MeetingActionItem {
    id
    status
  }
`);
