// Relay-style connection types: `edges { cursor node }`, `pageInfo`, `totalCount`. One factory
// makes the Edge and Connection object types of a node type, so every list reads the same way.
import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo', { description: 'Where a page sits in its list.' })
export class PageInfoModel {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item of the page; pass it as `after` for the next page. Null for an empty page.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** Builds `<Name>Edge` and `<Name>Connection` for `node`; `items` names the nodes in descriptions. */
export function connectionType<T>(node: Type<unknown>, name: string, items: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One of the ${items} with its cursor.` })
  class EdgeType implements Edge<T> {
    @Field({ description: 'Opaque position of this item; pass it as `after` to continue after it.' })
    cursor: string;

    @Field(() => node, { description: 'The item itself.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${items}, in a stable order.` })
  class ConnectionType implements Connection<T> {
    @Field(() => [EdgeType], { description: 'The items of this page with their cursors.' })
    edges: EdgeType[];

    @Field(() => PageInfoModel, { description: 'Whether more items follow, and where to continue.' })
    pageInfo: PageInfoModel;

    @Field(() => Int, { description: `Number of ${items} matching the query, over all pages.` })
    totalCount: number;
  }

  return ConnectionType;
}
