/** A QR code's three finder squares and a few modules: "the code on your booking". */
export function QrPictogram({ className }: { className: string }) {
  return (
    <svg className={className} viewBox="0 0 48 48" aria-hidden="true" fill="currentColor">
      <path fillRule="evenodd" d="M4 4h16v16H4zm4 4v8h8V8zM28 4h16v16H28zm4 4v8h8V8zM4 28h16v16H4zm4 4v8h8v-8z" />
      <path d="M11 11h2v2h-2zM35 11h2v2h-2zM11 35h2v2h-2zM24 4h2v6h-2zM24 14h2v10h-2zM28 24h6v2h-6zM38 24h6v6h-2v-4h-4zM24 28h4v4h-4zM32 30h4v4h-4zM24 36h2v8h-2zM30 38h6v2h-6zM40 34h4v10h-4zM4 24h6v2H4zM14 24h6v2h-6z" />
    </svg>
  );
}
