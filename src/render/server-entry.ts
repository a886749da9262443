// Entry of the server bundle: the renderer only needs Astro's App to turn a Request into a page.
export { createApp } from 'astro/app/entrypoint';
