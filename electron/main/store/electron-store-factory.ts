/** The store class in the Electron main process: electron-store, kept apart so the rest of the store runs in plain Node. */
import ElectronStore, { type Schema } from 'electron-store';
import type { StoreFactory } from './app-store.ts';
import type { StoreData } from './store-format.ts';

export const createElectronStore: StoreFactory = ({ schema, ...options }) =>
  new ElectronStore<StoreData>({ ...options, schema: schema as unknown as Schema<StoreData> });
