/**
 * A whole nginx configuration for serving a build on this machine as an ordinary process (no root,
 * no system folders): the shape of a production server block, on a loopback port, with the build's
 * own header include. Pure: paths in, text out.
 */

/** Where nginx runs and what it serves. */
export interface NginxRun {
  /** The loopback port to listen on. */
  port: number;
  /** A folder of nginx's own: its pid, logs and temporary files. */
  prefix: string;
  /** The folder that holds the build at the base path, e.g. `<root>/cso-vs-cro/` is the build. */
  root: string;
  /** The build's header include, `nginx-headers.conf`. */
  include: string;
  /** Debian's MIME types, `/etc/nginx/mime.types`. */
  mimeTypes: string;
}

/** Writes the nginx configuration of a run, in the foreground (`daemon off`) so its caller can stop it. */
export function renderNginxConfig({ port, prefix, root, include, mimeTypes }: NginxRun): string {
  return `# Generated for a local run: nginx -c <this file> -p ${prefix}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  charset utf-8;
  access_log off;
  server_tokens off;
  client_body_temp_path ${prefix}/client-body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${include};
  }
}
`;
}
