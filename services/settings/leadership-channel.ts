// The channel that receives leadership summaries, as stored: the organisation's, or one plan's.
// Its own module so that both settings classes use it without importing each other.
export interface LeadershipChannel {
  conversationId: string;
  name?: string;
  teamId?: string;
}
