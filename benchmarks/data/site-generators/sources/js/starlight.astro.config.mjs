import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({
    title: 'Harbour',
    social: { github: 'https://github.com/harbour/harbour' },
    editLink: { baseUrl: 'https://github.com/harbour/harbour/edit/main/' },
    sidebar: [{ label: 'Documentation', items: [{ label: 'Guide', slug: 'guide' }, { label: 'API', slug: 'api' }] }],
  })],
});
