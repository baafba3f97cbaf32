/**
 * Lookups never wait for the user's KB to be built (user-corpus.ts): a page marked meanwhile is
 * marked without it, so a name only the user's articles know gets no mark there. Each such frame is
 * read again once the build is done (and holds articles), as a correction has its site read again.
 */

/** A frame of a tab whose page was marked without the user's KB, and its host (the content script checks it). */
export interface MarkedFrame {
  tabId: number;
  frameId: number;
  host: string;
}

export interface RereadAfterBuild {
  /** The frame's page was marked while the user's KB was being built: read it again when it is. */
  markedWithoutUser(frame: MarkedFrame): void;
}

/**
 * `built`: the user's KB once built (null without articles; it may reject when the build fails);
 * `reread`: asks a frame to read its page again.
 */
export function createRereadAfterBuild(built: () => Promise<unknown>, reread: (frame: MarkedFrame) => Promise<unknown>): RereadAfterBuild {
  const waiting = new Map<string, MarkedFrame>();
  return {
    markedWithoutUser(frame) {
      // One wait for all the frames marked during one build.
      if (!waiting.size) {
        const readAgain = (withArticles: boolean) => {
          const frames = [...waiting.values()];
          waiting.clear();
          // A closed tab, or a page gone since, just does not answer.
          if (withArticles) for (const f of frames) reread(f).catch(() => undefined);
        };
        built().then(
          (kb) => readAgain(kb !== null),
          () => readAgain(false),
        );
      }
      waiting.set(`${frame.tabId}/${frame.frameId}`, frame);
    },
  };
}
