/** The headers that say where a form post came from. */
export interface PostOrigin {
  readonly origin: string | undefined;
  readonly referer: string | undefined;
  /** The Host the request was sent to. */
  readonly host: string | undefined;
}

const hostOf = (url: string): string | null => {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
};

/**
 * Whether a POST comes from one of our own pages: its Origin (or, when a browser sends none, its
 * Referer) names the host it was sent to, or the service's public URL. A post with neither is
 * refused: every browser that supports SameSite sends Origin on a form post, so only a tool or a
 * forged request lacks both. This backs SameSite=Strict for sign-in (login CSRF: another site
 * signing the inspector in as someone else) and sign-out.
 */
export function isSameOrigin(post: PostOrigin, publicUrl?: string): boolean {
  const source = post.origin && post.origin !== 'null' ? post.origin : post.referer;
  if (!source) return false;
  const from = hostOf(source);
  if (!from) return false;
  const publicHost = publicUrl ? hostOf(publicUrl) : null;
  return from === post.host || (publicHost !== null && from === publicHost);
}
