import { ApolloClient, ApolloLink, gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, render, screen, waitFor } from '@testing-library/react';
import { OperationTypeNode } from 'graphql';
import type { Client, Sink } from 'graphql-ws';
import { describe, expect, it } from 'vitest';
import { ResumableWsLink } from './resumableWsLink';
import { useLiveConnection } from '../ui/useLiveConnection';

// A domain-free list: the hook knows nothing of what the nodes are.
type Item = { __typename: 'Item'; id: string; title: string };
type ItemEdge = { __typename: 'ItemEdge'; cursor: string; node: Item };
const ItemsQuery: TypedDocumentNode<{ items: { __typename: 'ItemConnection'; edges: ItemEdge[] } }, { first: number }> = gql`
  query Items($first: Int!) {
    items(first: $first) {
      edges {
        cursor
        node {
          id
          title
        }
      }
    }
  }
`;
const ItemAdded: TypedDocumentNode<{ items: ItemEdge }, { after?: string | null }> = gql`
  subscription ItemAdded($after: String) {
    items(after: $after) {
      cursor
      node {
        id
        title
      }
    }
  }
`;

const edge = (n: number, title: string): ItemEdge => ({
  __typename: 'ItemEdge',
  cursor: `c${n}`,
  node: { __typename: 'Item', id: `i${n}`, title },
});

/**
 * The WebSocket side is graphql-ws's client as the link sees it: one `subscribe(payload, sink)` per
 * subscription. graphql-ws sends `JSON.stringify(payload)` when it subscribes, and again, from the same
 * payload object, each time it resubscribes after a reconnect: `resubscribe()` is that second message.
 */
function socketStandIn() {
  const subscriptions: { payload: object; sink: Sink }[] = [];
  const socket = {
    subscribe: (payload: object, sink: Sink) => {
      subscriptions.push({ payload, sink });
      return () => undefined;
    },
  } as unknown as Client;
  const last = () => subscriptions.at(-1)!;
  return {
    socket,
    subscriptions,
    resubscribe: () => JSON.parse(JSON.stringify(last().payload)) as { variables: { after: string | null } },
    push: (item: ItemEdge) => act(() => last().sink.next({ data: { items: item } })),
  };
}

function Items() {
  const { edges } = useLiveConnection({
    query: ItemsQuery,
    variables: { first: 2 },
    subscription: ItemAdded,
    field: 'items',
    order: 'newest-first',
    max: 3,
  });
  if (!edges) return <p>Loading</p>;
  return (
    <ol>
      {edges.map((e) => (
        <li key={e.node.id}>{e.node.title}</li>
      ))}
    </ol>
  );
}

function renderItems() {
  const live = socketStandIn();
  const http = new MockLink([
    {
      request: { query: ItemsQuery, variables: { first: 2 } },
      result: { data: { items: { __typename: 'ItemConnection', edges: [edge(2, 'Second'), edge(1, 'First')] } } },
    },
  ]);
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new ResumableWsLink(live.socket),
    http,
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  render(
    <ApolloProvider client={client}>
      <Items />
    </ApolloProvider>,
  );
  return live;
}

const titles = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('useLiveConnection', () => {
  it('subscribes from the newest cursor on screen and merges live edges on top, each node once, within the limit', async () => {
    const live = renderItems();
    await waitFor(() => expect(titles()).toEqual(['Second', 'First']));
    await waitFor(() => expect(live.subscriptions).toHaveLength(1));
    expect(live.resubscribe().variables.after).toBe('c2');

    live.push(edge(3, 'Third'));
    await waitFor(() => expect(titles()).toEqual(['Third', 'Second', 'First']));
    // A replayed entry that is already on screen is not shown twice.
    live.push(edge(3, 'Third'));
    live.push(edge(4, 'Fourth'));
    await waitFor(() => expect(titles()).toEqual(['Fourth', 'Third', 'Second']));
  });

  it('resubscribes after a reconnect from the last cursor received, not the first one', async () => {
    const live = renderItems();
    await waitFor(() => expect(live.subscriptions).toHaveLength(1));
    live.push(edge(3, 'Third'));
    live.push(edge(4, 'Fourth'));
    await waitFor(() => expect(titles()).toEqual(['Fourth', 'Third', 'Second']));
    expect(live.resubscribe().variables.after).toBe('c4');
    // The reconnect is graphql-ws's own: the hook neither refetches nor subscribes again.
    expect(live.subscriptions).toHaveLength(1);
  });
});
