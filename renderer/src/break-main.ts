// Entry of the break window: only the player, its prompt and the API, so the bundle stays small.
// No zod here: the break window validates nothing (its state and settings come from main, which
// validates what renderers send it), and zod was a third of its script. The preview host, loaded
// lazily, sets zod up itself (preview/index.ts).
import { mount } from 'svelte';
import BreakWindow from './break-window/BreakWindow.svelte';
import { api } from './lib/api.ts';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('break.html has no #app element');
// Closed, not hidden, when the break is over: no renderer lingers (SPEC section 6).
mount(BreakWindow, { target, props: { api, onClose: () => window.close() } });
