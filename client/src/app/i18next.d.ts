import type { defaultNS, resources } from './i18n';
import type baseline from './locales/en/baseline.json';
import type costs from './locales/en/costs.json';
import type finder from './locales/en/finder.json';
import type forums from './locales/en/forums.json';
import type guidelines from './locales/en/guidelines.json';
import type library from './locales/en/library.json';
import type map from './locales/en/map.json';
import type meetingPlan from './locales/en/meetingPlan.json';
import type meetings from './locales/en/meetings.json';
import type meetingLive from './locales/en/meetingLive.json';
import type meetingOutcomes from './locales/en/meeting-outcomes.json';
import type members from './locales/en/members.json';
import type pathways from './locales/en/pathways.json';
import type requests from './locales/en/requests.json';
import type prevention from './locales/en/prevention.json';
import type thread from './locales/en/thread.json';
import type upkeep from './locales/en/upkeep.json';

// Typed keys: a missing or misspelt key fails the type check instead of showing a raw key.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    // The member strings are added at run time (app/memberStrings.ts) into the same namespace,
    // and so are the map and coverage strings (app/mapStrings.ts) and the search, facet, counterpart
    // and export strings (app/finderStrings.ts), and the meeting strings (features/meetings/meetingStrings.ts, with the live
    // and outcome strings), and the pathway strings (features/pathways/pathwayStrings.ts).
    resources: {
      translation: (typeof resources)['en']['translation'] &
        typeof members &
        typeof upkeep &
        typeof map &
        typeof finder &
        typeof meetings &
        typeof meetingLive &
        typeof meetingPlan &
        typeof meetingOutcomes &
        typeof pathways;
      // The thread page's namespace, added with its route (features/thread/threadStrings.ts).
      thread: typeof thread;
      // Added with the forum pages (app/forumStrings.ts), in a namespace of its own.
      forums: typeof forums;
      // The cost workbench's namespace, added with its routes (features/costs/costStrings.ts).
      costs: typeof costs;
      // Counterpart requests' namespace, added with their routes (features/counterpart-requests/requestStrings.ts).
      requests: typeof requests;
      // The guidelines tracker's namespace, added with its components (features/guidelines/guidelineStrings.ts).
      guidelines: typeof guidelines;
      // The library's namespace, added with its routes (features/library/libraryStrings.ts).
      library: typeof library;
      // The prevention catalogue's namespace, added with its routes (features/prevention/preventionStrings.ts).
      prevention: typeof prevention;
      // The baseline assessment's namespace, added with its routes (features/baseline/baselineStrings.ts).
      baseline: typeof baseline;
    };
  }
}
