// Entry of the break window: only the player, its prompt and the API, so the bundle stays small.
// No zod here: nothing in the break window builds a schema (main validates what it sends), and
// zod is a third of the window's script. The preview host, loaded lazily, brings its own.
import { mount } from 'svelte';
import BreakWindow from './break-window/BreakWindow.svelte';
import { api } from './lib/api.ts';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('break.html has no #app element');
// Closed, not hidden, when the break is over: no renderer lingers (SPEC section 6).
mount(BreakWindow, { target, props: { api, onClose: () => window.close() } });
