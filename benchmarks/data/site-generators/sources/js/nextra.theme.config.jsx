export default {
  logo: <span>Harbour</span>,
  project: { link: 'https://github.com/harbour/harbour' },
  docsRepositoryBase: 'https://github.com/harbour/harbour/tree/main',
  footer: { text: 'MIT 2024 © Harbour.' },
}
