import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import classes from './ExpertContacts.module.css';

// Each contact is null unless the expert's visibility settings let this viewer see it.
export const ExpertContactsFragment = graphql(`
  fragment ExpertContacts_expert on Expert {
    contacts {
      email
      phone
      messagingHandle
    }
  }
`);

// A dialable number only: digits and a leading plus, whatever spacing the expert typed.
function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

interface ExpertContactsProps {
  expert: FragmentType<typeof ExpertContactsFragment>;
  size?: 'sm' | 'md';
  /** Said when no contact is visible; nothing is rendered without it. */
  emptyMessage?: string;
}

export function ExpertContacts({ expert, size = 'md', emptyMessage }: ExpertContactsProps) {
  const { t } = useTranslation();
  const { contacts } = getFragmentData(ExpertContactsFragment, expert);
  const phoneHref = contacts.phone ? telHref(contacts.phone) : null;

  if (!contacts.email && !contacts.phone && !contacts.messagingHandle) {
    return emptyMessage ? <Text size={size}>{emptyMessage}</Text> : null;
  }
  return (
    <dl className={classes.list} data-size={size}>
      {contacts.email && (
        <div>
          <dt>{t('expert.contact.email')}</dt>
          <dd>
            <Anchor href={`mailto:${contacts.email}`} inherit className={classes.value}>
              {contacts.email}
            </Anchor>
          </dd>
        </div>
      )}
      {contacts.phone && (
        <div>
          <dt>{t('expert.contact.phone')}</dt>
          <dd>
            {phoneHref ? (
              <Anchor href={phoneHref} inherit>
                {contacts.phone}
              </Anchor>
            ) : (
              contacts.phone
            )}
          </dd>
        </div>
      )}
      {contacts.messagingHandle && (
        <div>
          <dt>{t('expert.contact.messagingHandle')}</dt>
          <dd className={classes.value}>{contacts.messagingHandle}</dd>
        </div>
      )}
    </dl>
  );
}
