import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { answerNoSuchEndpoint } from './error-handler.ts';

/**
 * Serves the built single-page app from dist/web: assets by name (cached for a year, as their
 * names carry a content hash), and index.html for every other page path so that the browser's
 * router can take over. API paths never fall through to the app.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (!webRoot || !existsSync(path.join(webRoot, 'index.html'))) {
    if (webRoot) {
      app.log.warn(`no web app at ${webRoot}; run "npm run build" (npm start does this for you)`);
    }
    app.setNotFoundHandler(answerNoSuchEndpoint);
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      res.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const isApi = (url: string) => /^\/(api|open311|feeds|metrics)(\/|$|\?)/.test(url);
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !isApi(request.url)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return answerNoSuchEndpoint(request, reply);
  });
}
