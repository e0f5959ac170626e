// The whole app is a static site: every page is prerendered, state comes from the URL on the client.
export const prerender = true;
export const trailingSlash = 'never';
