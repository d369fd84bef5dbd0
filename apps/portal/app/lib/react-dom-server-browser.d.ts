// react-dom 18 exports its web-stream server renderer as react-dom/server.browser; its types are
// those of react-dom/server.
declare module 'react-dom/server.browser' {
  export { renderToReadableStream } from 'react-dom/server';
}
