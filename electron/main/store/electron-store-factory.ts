/** The store class in the Electron main process: electron-store, kept apart so the rest of the store runs in plain Node. */
import ElectronStore, { type Schema } from 'electron-store';
import type { StoreFactory } from './app-store.ts';

type Data = Record<string, unknown>;

export const createElectronStore: StoreFactory = ({ schema, ...options }) =>
  new ElectronStore<Data>({ ...options, schema: schema as Schema<Data> });
