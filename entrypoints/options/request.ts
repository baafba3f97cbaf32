import { browser } from 'wxt/browser';
import { type BackgroundProtocol, createClient } from '~/lib/messages';

/** The options page's way to the background, the one owner of the user's corpus. */
export const request = createClient<BackgroundProtocol>((m) => browser.runtime.sendMessage(m));
