import { useState } from 'react';
import { useErrorMessage } from '../../../ui/useErrorMessage';

/** One live button's call: busy while it runs, its failure as one sentence (the state itself comes by events). */
export function useLiveAction() {
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
