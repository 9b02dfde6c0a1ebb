import { ResourcePickerQuery } from './ResourcePicker';

/** The picker's search for `text`, answered with one resource of that title. */
export function resourceFound(text: string, resource: { id: string; title: string }) {
  const node = { __typename: 'Resource', id: resource.id, kind: 'TEMPLATE', title: resource.title, year: 2025 };
  const edges = [{ __typename: 'ResourceEdge', node }];
  return {
    request: { query: ResourcePickerQuery, variables: { text } },
    result: { data: { resources: { __typename: 'ResourceConnection', edges } } },
  };
}
