import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorState } from '../../ui/ErrorState';
import { PageSkeleton } from '../../ui/PageSkeleton';
import { SignInRequired } from '../auth/SignInRequired';
import { useViewer, type Viewer, type ViewerPermission } from './useViewer';

interface RequireViewerProps {
  /** Said to a signed-out reader, e.g. "Sign in to manage your account". */
  signInMessage: string;
  /** The permission the page needs, if any (the server checks it again). */
  permission?: ViewerPermission;
  children: (viewer: Viewer) => ReactNode;
}

// The guard of member pages: loading, signed out, not allowed, or the page.
export function RequireViewer({ signInMessage, permission, children }: RequireViewerProps) {
  const { t } = useTranslation();
  const { viewer, error, refetch } = useViewer();
  if (viewer === undefined) return error ? <ErrorState onRetry={() => void refetch()} /> : <PageSkeleton />;
  if (viewer === null) return <SignInRequired message={signInMessage} />;
  if (permission && !viewer.can[permission]) return <EmptyState message={t('errors.notAllowedPage')} />;
  return <>{children(viewer)}</>;
}
