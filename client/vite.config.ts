import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
const page = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The three browser apps and the demo page (multi-page build into client/dist). */
const appsConfig: UserConfig = {
  root: clientRoot,
  base: '/',
  logLevel: 'warn',
  // Hub origins other than their own that the staff consoles may talk to (`?hub=`); none by default.
  define: { __HUB_CONSOLE_ORIGINS__: JSON.stringify(process.env.HUB_CONSOLE_ORIGINS ?? '') },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rollupOptions: {
      input: {
        index: page('./index.html'),
        agent: page('./agent/index.html'),
        supervisor: page('./supervisor/index.html'),
        admin: page('./supervisor/admin.html'),
        demo: page('./demo/index.html'),
        seller: page('./demo/seller/index.html'),
      },
    },
  },
};

/** The embeddable widget: one self-contained IIFE script, client/dist/widget.js. */
const widgetConfig: UserConfig = {
  root: clientRoot,
  logLevel: 'warn',
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2019',
    sourcemap: true,
    lib: {
      entry: page('./widget/main.ts'),
      formats: ['iife'],
      name: 'JorgeHubWidgetBundle',
      fileName: () => 'widget.js',
    },
  },
};

/** `vite build -c client/vite.config.ts` builds the apps; add `--mode widget` for widget.js (run it second). */
export const clientConfig = defineConfig(({ mode }) => (mode === 'widget' ? widgetConfig : appsConfig));

// Vite loads the default export of its config file.
// eslint-disable-next-line no-restricted-syntax
export default clientConfig;
