import { useMutation } from '@apollo/client/react';
import { VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { signInPath } from '../auth/safeNext';
import { useSessionChange } from '../auth/useSessionChange';
import classes from './AccountMenu.module.css';
import { AwaitingRequestsBadge } from '../counterpart-requests/AwaitingRequestsBadge';
import { usePendingApprovalCount } from '../invitations/usePendingApprovalCount';
import { useViewer, type Viewer } from './useViewer';

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

// Only the pages this viewer may use (the server checks again on each of them).
function accountLinks({ can }: Viewer) {
  return [
    { to: '/account', label: 'nav.account', show: true },
    { to: '/requests', label: 'nav.requests', show: true },
    { to: '/account/organisations', label: 'nav.myOrganisations', show: can.editOrganisations },
    { to: '/invite', label: 'nav.invite', show: can.inviteMembers },
    { to: '/propose', label: 'nav.propose', show: can.proposeMembers },
    { to: '/approvals', label: 'nav.approvals', show: can.approveInvitations },
    { to: '/coverage', label: 'nav.coverage', show: can.seeCoverage },
    { to: '/admin/members', label: 'nav.members', show: can.administer },
    { to: '/admin/audit', label: 'nav.audit', show: can.administer },
    { to: '/admin/action-points', label: 'nav.actionPoints', show: can.administer },
  ] as const;
}

// A disclosure (a button that shows a list of links), not an ARIA menu: links stay links for
// screen readers, Tab walks through them, Escape closes and returns to the button.
export function AccountMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const pending = usePendingApprovalCount(viewer?.can.approveInvitations ?? false);
  // Shown on the button too, so those who approve see waiting requests without opening the menu.
  const pendingBadge = pending ? (
    <>
      <span className={classes.count} aria-hidden>
        {pending}
      </span>
      <VisuallyHidden>{t('nav.pendingApprovals', { count: pending })}</VisuallyHidden>
    </>
  ) : null;
  const sessionChanged = useSessionChange();
  const [signOut, { loading: signingOut }] = useMutation(SignOutMutation);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  // While open: Escape closes and returns to the button; a click or tap elsewhere closes.
  useEffect(() => {
    if (!open) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !menuRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  if (viewer === undefined) return null;
  if (viewer === null) {
    return (
      <Link to={signInPath(`${location.pathname}${location.search}`)} className={classes.signIn}>
        {t('auth.signIn.link')}
      </Link>
    );
  }

  // Closes when focus moves outside (Tab past the last entry).
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setOpen(false);
  };
  const doSignOut = async () => {
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      return;
    }
    setOpen(false);
    await sessionChanged();
    await navigate('/');
  };

  const name = viewer.expert?.fullName ?? viewer.email;
  return (
    <div ref={menuRef} className={classes.menu} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className={classes.button}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className={classes.name}>{name}</span>
        {pendingBadge}
        <AwaitingRequestsBadge className={classes.count} />
        <span aria-hidden className={classes.caret}>
          ▾
        </span>
      </button>
      <div id={panelId} className={classes.panel} hidden={!open}>
        <ul className={classes.list} aria-label={t('nav.accountMenu')}>
          {accountLinks(viewer)
            .filter((link) => link.show)
            .map((link) => (
              <li key={link.to}>
                <Link to={link.to} className={classes.item} onClick={() => setOpen(false)}>
                  {t(link.label)}
                  {link.to === '/approvals' && pendingBadge}
                  {link.to === '/requests' && <AwaitingRequestsBadge className={classes.count} />}
                </Link>
              </li>
            ))}
          <li>
            <button type="button" className={classes.item} onClick={() => void doSignOut()} disabled={signingOut}>
              {t('nav.signOut')}
            </button>
          </li>
        </ul>
        {failed && (
          <p role="alert" className={classes.error}>
            {t('nav.signOutFailed')}
          </p>
        )}
      </div>
    </div>
  );
}
