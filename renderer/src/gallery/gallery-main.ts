// Entry of the figure gallery (web preview build only): every move's start, middle and end pose beside its words.
import { mount } from 'svelte';
import Gallery from './Gallery.svelte';
import '../ui/theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('gallery.html has no #app element');
mount(Gallery, { target });
