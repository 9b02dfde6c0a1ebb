import { Burger } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import classes from './AppHeader.module.css';
import { HeaderSearch } from './HeaderSearch';
import { LanguageMenu } from './LanguageMenu';

const navListId = 'main-navigation';

// `account` is the lazily loaded account slot (sign-in link or account menu), composed by Root.
export function AppHeader({ account }: { account?: ReactNode }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/experts', label: t('nav.experts'), end: false },
    { to: '/organisations', label: t('nav.organisations'), end: false },
    { to: '/map', label: t('nav.map'), end: false },
    { to: '/counterparts', label: t('nav.counterparts'), end: false },
    { to: '/forums', label: t('nav.forums'), end: false },
    { to: '/meetings', label: t('nav.meetings'), end: false },
    { to: '/library', label: t('nav.library'), end: false },
    { to: '/prevention', label: t('nav.prevention'), end: false },
  ];

  return (
    <header className={classes.header}>
      <Link to="/" className={classes.brand}>
        {t('app.name')}
      </Link>
      <nav aria-label={t('nav.label')} className={classes.nav} data-opened={opened || undefined}>
        <ul id={navListId} className={classes.links}>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={link.to} end={link.end} className={classes.link} onClick={close}>
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <HeaderSearch />
      <div className={classes.actions}>
        <LanguageMenu />
        {account}
        <Burger
          opened={opened}
          onClick={toggle}
          hiddenFrom="sm"
          size="sm"
          transitionDuration={0}
          aria-label={t('nav.toggle')}
          aria-expanded={opened}
          aria-controls={navListId}
        />
      </div>
    </header>
  );
}
