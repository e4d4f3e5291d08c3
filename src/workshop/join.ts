import '../styles.css';
import './workshop.css';
import { TeamApp } from './team-app.ts';

const root = document.getElementById('app');
if (!root) throw new Error('join.html has no #app element');
new TeamApp(root).start();
