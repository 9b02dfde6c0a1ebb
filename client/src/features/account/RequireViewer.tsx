import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { useDeferredArrival } from '../../ui/useDeferredArrival';
import { SignInRequired } from '../auth/SignInRequired';
import { useViewer, type Viewer, type ViewerPermission } from './useViewer';

type RequireViewerProps =
  | {
      /** Said to a signed-out reader, e.g. "Sign in to manage your account". */
      signInMessage: string;
      /** The permission the page needs, if any (the server checks it again). */
      permission?: ViewerPermission;
      visitors?: false;
      /** What shows while it asks who reads: placeholders by default; a page it wraps whole shows its first page's. */
      loading?: ReactNode;
      children: (viewer: Viewer) => ReactNode;
    }
  | {
      /** The page is for everyone, and shows members more: it only waits to know who is reading. */
      visitors: true;
      loading?: ReactNode;
      children: (viewer: Viewer | null) => ReactNode;
    };

// The guard of every page that depends on the reader: loading, signed out, not allowed, or the page.
export function RequireViewer(props: RequireViewerProps) {
  const { t } = useTranslation();
  const { viewer: answer, error, refetch } = useViewer();
  // The page mounts with its queries when the viewer arrives: in a background render that yields (S8, TBT).
  const viewer = useDeferredArrival(answer);
  if (viewer === undefined) return error ? <ErrorState onRetry={() => void refetch()} /> : (props.loading ?? <PageSkeleton />);
  if (props.visitors) return <>{props.children(viewer)}</>;
  if (viewer === null) return <SignInRequired message={props.signInMessage} />;
  if (props.permission && !viewer.can[props.permission]) return <EmptyState message={t('errors.notAllowedPage')} />;
  return <>{props.children(viewer)}</>;
}
