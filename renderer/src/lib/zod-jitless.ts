/**
 * Puts zod in jitless mode. Its fast path probes `new Function`, which our CSP (`script-src 'self'`)
 * refuses and reports as a violation; jitless skips the probe. Entries import this module first,
 * before anything builds a schema.
 */
import { config } from 'zod';

config({ jitless: true });
