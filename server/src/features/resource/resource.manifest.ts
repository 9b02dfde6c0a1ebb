import type { FeatureManifest } from '../../core/feature.js';
import { resourceDownloadRoute } from './resource-download.route.js';
import { resourceFeedRoute } from './resource-feed.route.js';
import { resourceUploadSweep } from './resource-upkeep.jobs.js';
import { resourceUploadRoute } from './resource-upload.route.js';
import { createResourceTitlesLoader } from './resource-titles.loader.js';
import { ResourceResolver } from './resource.resolver.js';

/** The library: resources (links and files kept as content-addressed blobs), their uploads, downloads and Atom feed. */
export const resourceFeature: FeatureManifest = {
  name: 'resource',
  resolvers: [ResourceResolver],
  routes: [
    { method: 'post', path: '/files/library', handler: resourceUploadRoute },
    { method: 'get', path: '/files/library/:id', handler: resourceDownloadRoute },
    { method: 'get', path: '/feeds/resources.atom', handler: resourceFeedRoute },
  ],
  jobs: [resourceUploadSweep],
  loaders: (em) => ({ resourceTitles: createResourceTitlesLoader(em) }),
};
