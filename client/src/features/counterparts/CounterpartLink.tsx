import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFinderStrings } from '../../app/finderStrings';
import { counterpartsPath } from './counterpartsPath';

interface CounterpartLinkProps {
  role?: string;
  country?: string;
  municipality?: string;
}

// "Find my counterpart in…" from the directory: the role and place already chosen go along.
export function CounterpartLink({ role, country, municipality }: CounterpartLinkProps) {
  useFinderStrings();
  const { t } = useTranslation();
  return (
    <Button component={Link} to={counterpartsPath({ role, country, municipality })} variant="outline">
      {t('counterparts.link')}
    </Button>
  );
}
