const SERVICES = ['KTP', 'KK', 'AKTA', 'KIA', 'PINDAH', 'IZIN'];

/** A realistic day of one office: every counter family for six services (about 400 metric names). */
export function officeDayMetrics(): string[] {
  const names: string[] = [];
  for (const s of SERVICES) {
    for (const outcome of ['issued', 'served', 'no_show', 'cancelled', 'unserved_at_close']) for (const r of ['regular', 'lansia', 'disabilitas']) names.push(`tickets.${outcome}.${s}.${r}`);
    names.push(`wait.sum_s.${s}`, `wait.count.${s}`, `service.sum_s.${s}`, `service.count.${s}`, `skm.respondents.${s}`);
    for (const b of ['le5', 'le10', 'le15', 'le30', 'le60', 'le120', 'gt120']) names.push(`wait.hist.${s}.${b}`);
    for (const f of ['very-unhappy', 'unhappy', 'happy', 'very-happy']) names.push(`quick.${s}.${f}`);
    for (let u = 1; u <= 9; u++) for (let score = 1; score <= 4; score++) names.push(`skm.answers.${s}.U${u}.${score}`);
  }
  return names;
}
