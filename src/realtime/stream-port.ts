/** The stream and reply ports are owned by the conversation core; realtime implements them. */
export type {
  OpenStreamOptions,
  OutboundStream,
  ReplyStreamer,
  StreamEndOptions,
  StreamPublisher,
} from '../conversations/ports.js';
