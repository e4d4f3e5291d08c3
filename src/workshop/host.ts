import '../styles.css';
import './workshop.css';
import { HostApp } from './host-app.ts';

const root = document.getElementById('app');
if (!root) throw new Error('host.html has no #app element');
new HostApp(root).start();
