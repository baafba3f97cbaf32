import { render } from 'preact';
import '~/components/theme.css';
import { App } from './App';
import './popup.css';

const app = document.getElementById('app');
if (app) render(<App />, app);
