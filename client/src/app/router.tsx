import { createBrowserRouter, type RouteObject } from 'react-router';
import { INFO_PAGES } from '../features/info/infoSlugs';
import { Root } from '../routes/Root';
import { RouteError } from '../routes/RouteError';
import { FirstPageSkeleton } from '../ui/FirstPageSkeleton';
import { firstPageHead, forgetShellHead } from '../ui/shellHead';

// The shell (Root) ships in the entry chunk; the data layer and every page are lazy chunks.
export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Root,
    children: [
      {
        lazy: { Component: async () => (await import('./DataLayer')).DataLayer },
        // Shown inside the shell while the first page and the data layer load.
        HydrateFallback: FirstPageSkeleton,
        // A page that fails renders its error inside the shell, with navigation intact.
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: { Component: async () => (await import('../routes/Home')).Home } },
          {
            path: 'experts',
            lazy: { Component: async () => (await import('../routes/Experts')).Experts },
          },
          {
            path: 'experts/:id',
            lazy: { Component: async () => (await import('../routes/Expert')).Expert },
          },
          {
            path: 'organisations',
            lazy: {
              Component: async () => (await import('../routes/Organisations')).Organisations,
            },
          },
          {
            path: 'organisations/new',
            lazy: { Component: async () => (await import('../routes/OrganisationNew')).OrganisationNew },
          },
          {
            path: 'organisations/:id',
            lazy: {
              Component: async () => (await import('../routes/Organisation')).Organisation,
            },
          },
          {
            path: 'organisations/:id/edit',
            lazy: { Component: async () => (await import('../routes/OrganisationEdit')).OrganisationEdit },
          },
          {
            path: 'map',
            lazy: { Component: async () => (await import('../routes/DirectoryMap')).DirectoryMap },
          },
          { path: 'coverage', lazy: { Component: async () => (await import('../routes/Coverage')).Coverage } },
          { path: 'search', lazy: { Component: async () => (await import('../routes/Search')).Search } },
          { path: 'm/:id', lazy: { Component: async () => (await import('../routes/Municipality')).Municipality } },
          { path: 'm/:id/pathway/edit', lazy: { Component: async () => (await import('../routes/PathwayEdit')).PathwayEdit } },
          { path: 'm/:id/pathway/print', lazy: { Component: async () => (await import('../routes/PathwayPrintPage')).PathwayPrintPage } },
          { path: 'm/:id/baseline', lazy: { Component: async () => (await import('../routes/BaselineCompare')).BaselineCompare } },
          {
            path: 'm/:id/baseline/:year',
            lazy: { Component: async () => (await import('../routes/BaselineAssessment')).BaselineAssessment },
          },
          { path: 'baseline/compare', lazy: { Component: async () => (await import('../routes/BaselineRegion')).BaselineRegion } },
          { path: 'baseline/:country', lazy: { Component: async () => (await import('../routes/BaselineReport')).BaselineReport } },
          {
            path: 'pathways/compare',
            lazy: { Component: async () => (await import('../routes/PathwayComparison')).PathwayComparison },
          },
          {
            path: 'pathways/national/:code',
            lazy: { Component: async () => (await import('../routes/NationalPathway')).NationalPathway },
          },
          {
            path: 'pathways/national/:code/edit',
            lazy: { Component: async () => (await import('../routes/PathwayEdit')).PathwayEdit },
          },
          {
            path: 'pathways/national/:code/print',
            lazy: { Component: async () => (await import('../routes/PathwayPrintPage')).PathwayPrintPage },
          },
          { path: 'guidelines', lazy: { Component: async () => (await import('../routes/Guidelines')).Guidelines } },
          {
            path: 'guidelines/:code',
            lazy: { Component: async () => (await import('../routes/GuidelineCountry')).GuidelineCountry },
          },
          { path: 'meetings', lazy: { Component: async () => (await import('../routes/Meetings')).Meetings } },
          { path: 'meetings/new', lazy: { Component: async () => (await import('../routes/MeetingNew')).MeetingNew } },
          {
            path: 'meetings/:id',
            lazy: {
              loader: async () => (await import('../features/meetings/meetingLoader')).meetingLoader,
              Component: async () => (await import('../routes/Meeting')).Meeting,
            },
          },
          { path: 'meetings/:id/live', lazy: { Component: async () => (await import('../routes/MeetingLive')).MeetingLive } },
          { path: 'meetings/:id/poll', lazy: { Component: async () => (await import('../routes/MeetingPoll')).MeetingPoll } },
          { path: 'meetings/:id/edit', lazy: { Component: async () => (await import('../routes/MeetingEdit')).MeetingEdit } },
          { path: 'meetings/:id/minutes', lazy: { Component: async () => (await import('../routes/MeetingMinutes')).MeetingMinutes } },
          {
            path: 'counterparts',
            lazy: { Component: async () => (await import('../routes/Counterparts')).Counterparts },
          },
          { path: 'requests', lazy: { Component: async () => (await import('../routes/Requests')).Requests } },
          { path: 'requests/new', lazy: { Component: async () => (await import('../routes/RequestNew')).RequestNew } },
          {
            path: 'requests/statistics',
            lazy: { Component: async () => (await import('../routes/RequestStatistics')).RequestStatistics },
          },
          { path: 'requests/:id', lazy: { Component: async () => (await import('../routes/Request')).Request } },
          { path: 'costs', lazy: { Component: async () => (await import('../routes/Costs')).Costs } },
          { path: 'costs/new', lazy: { Component: async () => (await import('../routes/CostScenario')).CostScenario } },
          { path: 'costs/compare', lazy: { Component: async () => (await import('../routes/CostComparison')).CostComparison } },
          { path: 'costs/rates', lazy: { Component: async () => (await import('../routes/CostRates')).CostRates } },
          { path: 'costs/:id', lazy: { Component: async () => (await import('../routes/CostScenario')).CostScenario } },
          { path: 'library', lazy: { Component: async () => (await import('../routes/Library')).Library } },
          { path: 'library/new', lazy: { Component: async () => (await import('../routes/LibraryNew')).LibraryNew } },
          { path: 'library/:id', lazy: { Component: async () => (await import('../routes/LibraryResource')).LibraryResource } },
          { path: 'library/:id/edit', lazy: { Component: async () => (await import('../routes/LibraryEdit')).LibraryEdit } },
          { path: 'prevention', lazy: { Component: async () => (await import('../routes/Prevention')).Prevention } },
          { path: 'prevention/new', lazy: { Component: async () => (await import('../routes/PreventionNew')).PreventionNew } },
          { path: 'prevention/:id', lazy: { Component: async () => (await import('../routes/PreventionActivity')).PreventionActivity } },
          { path: 'prevention/:id/edit', lazy: { Component: async () => (await import('../routes/PreventionEdit')).PreventionEdit } },
          { path: 'forums', lazy: { Component: async () => (await import('../routes/Forums')).Forums } },
          { path: 'forums/new', lazy: { Component: async () => (await import('../routes/NewForum')).NewForum } },
          {
            path: 'forums/moderation',
            lazy: { Component: async () => (await import('../routes/ModerationQueue')).ModerationQueue },
          },
          { path: 'forums/:slug', lazy: { Component: async () => (await import('../routes/Forum')).Forum } },
          {
            path: 'forums/:slug/edit',
            lazy: { Component: async () => (await import('../routes/EditForum')).EditForum },
          },
          {
            path: 'forums/:slug/new',
            lazy: { Component: async () => (await import('../routes/NewThread')).NewThread },
          },
          ...INFO_PAGES.map((slug) => ({
            path: slug,
            lazy: {
              Component: async () => {
                const { InfoPage } = await import('../routes/InfoPage');
                return () => <InfoPage slug={slug} />;
              },
            },
          })),
          { path: 'join', lazy: { Component: async () => (await import('../routes/Join')).Join } },
          { path: 'sign-in', lazy: { Component: async () => (await import('../routes/SignIn')).SignIn } },
          {
            path: 'forgot-password',
            lazy: { Component: async () => (await import('../routes/ForgotPassword')).ForgotPassword },
          },
          {
            path: 'reset-password',
            lazy: { Component: async () => (await import('../routes/ResetPassword')).ResetPassword },
          },
          {
            path: 'invitations/accept',
            lazy: { Component: async () => (await import('../routes/AcceptInvitation')).AcceptInvitation },
          },
          { path: 't/:id', lazy: { Component: async () => (await import('../routes/Thread')).Thread } },
          {
            path: 'notifications',
            lazy: { Component: async () => (await import('../routes/Notifications')).Notifications },
          },
          { path: 'account', lazy: { Component: async () => (await import('../routes/Account')).Account } },
          {
            path: 'account/organisations',
            lazy: { Component: async () => (await import('../routes/MyOrganisations')).MyOrganisations },
          },
          { path: 'invite', lazy: { Component: async () => (await import('../routes/Invitation')).Invite } },
          { path: 'propose', lazy: { Component: async () => (await import('../routes/Invitation')).Propose } },
          { path: 'approvals', lazy: { Component: async () => (await import('../routes/Approvals')).Approvals } },
          {
            path: 'admin/members',
            lazy: { Component: async () => (await import('../routes/AdminMembers')).AdminMembers },
          },
          {
            path: 'admin/action-points',
            lazy: { Component: async () => (await import('../routes/AdminActionPoints')).AdminActionPoints },
          },
          {
            path: 'admin/audit',
            lazy: { Component: async () => (await import('../routes/AdminAudit')).AdminAudit },
          },
          {
            path: '*',
            lazy: { Component: async () => (await import('../routes/NotFound')).NotFound },
          },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  const router = createBrowserRouter(routes);
  // Once the reader leaves the page the HTML was served for, no skeleton shows the head it was served with.
  const stop = router.subscribe((state) => {
    if (firstPageHead(state.location.pathname)) return;
    forgetShellHead();
    stop();
  });
  return router;
}
