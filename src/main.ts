import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?test-hooks` exposes the cytoscape instance on the map container for end-to-end tests.
const testHooks = new URLSearchParams(location.search).has('test-hooks');

export default mount(App, { target, props: { testHooks } });
