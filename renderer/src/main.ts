// Entry of the dashboard/settings window.
import './lib/zod-jitless.ts'; // first: before any module builds a zod schema
import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './lib/api.ts';
import './ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target, props: { api } });
