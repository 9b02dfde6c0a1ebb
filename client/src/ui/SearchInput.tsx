import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

interface SearchInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  maxLength: number;
  description?: string;
  delay?: number;
}

export function SearchInput({ label, value, onChange, maxLength, description, delay = 300 }: SearchInputProps) {
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // A value changed from outside (back button, "clear filters") replaces whatever was typed.
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }
  const commit = useDebouncedCallback((next: string) => {
    const trimmed = next.trim();
    // Remember what we sent, so its echo through `value` does not clobber the draft being typed.
    setCommitted(trimmed);
    onChange(trimmed);
  }, delay);

  return (
    <TextInput
      type="search"
      label={label}
      description={description}
      value={draft}
      maxLength={maxLength}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        commit(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit.flush();
      }}
    />
  );
}
