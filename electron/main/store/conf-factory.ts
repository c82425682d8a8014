/** The store class in plain Node (tests, tools): conf, electron-store's core, with the same options and file format. */
import Conf, { type Schema } from 'conf';
import type { StoreFactory } from './app-store.ts';
import type { StoreData } from './store-format.ts';

export const createConfStore: StoreFactory = ({ name, schema, ...options }) =>
  new Conf<StoreData>({
    ...options,
    // electron-store's `name` is conf's `configName`.
    configName: name,
    schema: schema as unknown as Schema<StoreData>,
  });
