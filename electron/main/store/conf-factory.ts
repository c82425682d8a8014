/** The store class in plain Node (tests, tools): conf, electron-store's core, with the same options and file format. */
import Conf, { type Schema } from 'conf';
import type { StoreFactory } from './app-store.ts';

type Data = Record<string, unknown>;

export const createConfStore: StoreFactory = ({ name, schema, ...options }) =>
  new Conf<Data>({
    ...options,
    // electron-store's `name` is conf's `configName`.
    configName: name,
    schema: schema as Schema<Data>,
  });
