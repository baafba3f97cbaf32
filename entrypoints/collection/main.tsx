import { render } from 'preact';
import { App } from './App';
import '~/components/extension-page.css';
import './collection.css';

const app = document.getElementById('app');
if (app) render(<App />, app);
