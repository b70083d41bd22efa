/**
 * Reads a phone page's live channel (text/event-stream) as the page's EventSource does: `feed` takes each
 * chunk as it arrives and returns the whole events in it; a block cut across two chunks waits for the rest.
 */
export function phoneStreamReader(): { feed(chunk: string): { event: string; data: unknown }[] } {
  let buffer = '';
  return {
    feed(chunk) {
      buffer += chunk;
      const events: { event: string; data: unknown }[] = [];
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        if (event) events.push({ event, data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? 'null') });
      }
      return events;
    },
  };
}
