/** The store class in the Electron main process: electron-store, kept apart so the rest of the store runs in plain Node. */
import type ElectronStore from 'electron-store';
import type { Schema } from 'electron-store';
import type { StoreFactory } from './app-store.ts';

type Data = Record<string, unknown>;

/**
 * electron-store (with conf and ajv, about 60 ms to load) is loaded when the store opens, not with
 * main.cjs: a second launch that hands its command to the running app never opens it.
 */
export const createElectronStore: StoreFactory = ({ schema, ...options }) => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Store = (require('electron-store') as { default: typeof ElectronStore }).default;
  return new Store<Data>({ ...options, schema: schema as Schema<Data> });
};
