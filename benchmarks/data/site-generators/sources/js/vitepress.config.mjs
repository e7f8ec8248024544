export default {
  title: 'Harbour',
  description: 'The harbour tile cache',
  themeConfig: {
    nav: [{ text: 'Guide', link: '/guide' }, { text: 'API', link: '/api' }],
    sidebar: [{ text: 'Documentation', items: [
      { text: 'Home', link: '/' }, { text: 'Guide', link: '/guide' }, { text: 'API', link: '/api' }] }],
    editLink: { pattern: 'https://github.com/harbour/harbour/edit/main/docs/:path' },
    socialLinks: [{ icon: 'github', link: 'https://github.com/harbour/harbour' }],
    footer: { message: 'Released under the MIT License.', copyright: 'Copyright © 2024 Ada Marsh' },
    search: { provider: 'local' }
  }
}
