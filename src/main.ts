import { mount } from 'svelte';
import App from './app/App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Beltmap: #app element missing from index.html');

export default mount(App, { target });
