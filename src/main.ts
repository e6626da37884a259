import { mount } from 'svelte';
import App from './App.svelte';
import { startLayoutWorker } from './lib/layout-runner';
import './app.css';

// First: the worker that lays out a big network (see startLayoutWorker).
startLayoutWorker();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// `?test-hooks` exposes the cytoscape instance on the map container for end-to-end tests.
const params = new URLSearchParams(location.search);
const testHooks = params.has('test-hooks');
// `?far-field=N` draws contacts as dots from N contacts on the map (default 1,000; see map-far.ts).
const farFieldMin = Number(params.get('far-field')) || undefined;

export default mount(App, { target, props: { testHooks, farFieldMin } });
