import { render } from 'preact';
import '~/components/extension-page.css';
import { App } from './App';
import './options.css';

const app = document.getElementById('app');
if (app) render(<App />, app);
