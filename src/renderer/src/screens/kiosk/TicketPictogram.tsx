/** A ticket coming out of the printer slot: points the visitor to where the paper appears. */
export function TicketPictogram() {
  return (
    <svg
      className="ticket-pictogram"
      viewBox="0 0 96 96"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 16 L86 16" />
      <path d="M24 16 L24 70 L72 70 L72 16" />
      <path d="M34 32 L62 32 M34 44 L62 44 M34 56 L52 56" />
      <path d="M48 78 L48 92 M40 84 L48 92 L56 84" />
    </svg>
  );
}
