import type { RouteModule } from '../context';

export const healthRoutes: RouteModule = (app, { store }) => {
  app.get('/api/health', async () => ({ ok: true, store: store.kind }));
};
