// `npm run dev`: the API (restarted on change by tsx watch) and Vite with hot reload, which
// proxies /api to it. Open the URL Vite prints.
import { spawn } from 'node:child_process';

const apiPort = process.env.PORT ?? '5174';
const uiPort = process.env.UI_PORT ?? '5173';
const env = {
  ...process.env,
  PORT: apiPort,
  ORBIT_ALLOWED_ORIGINS: [process.env.ORBIT_ALLOWED_ORIGINS, `http://127.0.0.1:${uiPort}`, `http://localhost:${uiPort}`]
    .filter(Boolean)
    .join(','),
};

const children = [
  spawn('npx', ['tsx', 'watch', 'server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite', '--port', uiPort], { stdio: 'inherit', env }),
];

function stop() {
  for (const child of children) child.kill('SIGTERM');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) {
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
