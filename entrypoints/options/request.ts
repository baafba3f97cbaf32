import { browser } from 'wxt/browser';
import { type BackgroundProtocol, createClient } from '~/lib/messages';

/** The options page's way to the background, the one owner of the user's corpus. */
export const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));

/**
 * Whether a request failed because the background was stopped before it answered (Chrome stops
 * an idle service worker, or one past its time), so that it may be sent again; not a refusal.
 */
export const cutShort = (error: unknown): boolean =>
  error instanceof Error && /message (channel|port) closed before a response|Receiving end does not exist/i.test(error.message);
