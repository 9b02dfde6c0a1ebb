import { Stack, Text, Title } from '@mantine/core';
import { infoPage } from '../features/info/infoPages';
import type { InfoPageSlug } from '../features/info/infoSlugs';
import { PageHeader } from '../ui/PageHeader';

/** One help or legal page (help, privacy notice, terms of use, imprint, accessibility statement). */
export function InfoPage({ slug }: { slug: InfoPageSlug }) {
  const page = infoPage(slug);
  return (
    <Stack gap="lg" maw="46rem">
      <PageHeader title={page.title} intro={page.intro} />
      {page.sections.map((section) => (
        <Stack key={section.heading} gap="xs" component="section">
          <Title order={2}>{section.heading}</Title>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph}>{paragraph}</Text>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
