import type { z } from '../shared/model/zod.js';
import type { DesktopChannels, DesktopMethod } from '../shared/platform/desktopApi.js';

/** A channel's request after the main process has parsed it with the channel's schema. */
export type ParsedRequest<M extends DesktopMethod> = z.output<DesktopChannels[M]['request']>;
/** What a channel's handler returns; it is parsed with the response schema before sending. */
export type HandlerResponse<M extends DesktopMethod> = z.input<DesktopChannels[M]['response']>;
