/** The Experiments panel's text, in English and Spanish (the language the Reports view keeps, else the browser's). */
export type ExperimentsLang = 'en' | 'es';

const en = {
  tab: 'Experiments',
  title: 'Experiments',
  intro: 'Each arm’s primary metric with its 95% interval, and the lift against the control.',
  loading: 'Loading…',
  failed: 'The experiments could not be loaded. Try again.',
  adminsOnly: 'Only admins can see experiments.',
  none: 'No experiment has started yet.',
  status: { draft: 'draft', running: 'running', stopped: 'stopped' } as Record<string, string>,
  metric: {
    booked_call_rate: 'Booked-call rate',
    qualified_rate: 'Qualified rate',
    time_to_claim: 'Time to claim',
    satisfaction: 'Satisfaction',
  } as Record<string, string>,
  guardrail: { opt_out_rate: 'Opt-out rate', compliance_alert_rate: 'Compliance alerts' } as Record<
    string,
    string
  >,
  arm: 'Arm',
  exposures: 'Leads exposed',
  value: 'Value (95% interval)',
  lift: 'Lift vs control',
  guardrails: 'Guardrails',
  control: 'control',
  stopped: (reason: string) => `stopped by guardrail: ${reason}`,
  notEnough: (needed: number) => `Not enough data yet (${needed} more per arm)`,
  notSupported: 'No interval for durations',
  significant: 'significant',
  breached: 'worse beyond threshold',
  ok: 'ok',
  srm: (p: string) => `Sample-ratio mismatch (p = ${p}): the arms’ counts cannot be trusted.`,
  srmOk: 'Sample ratio as expected.',
  enoughData: 'Every arm has its minimum sample.',
  notEnoughData: 'Not enough data yet.',
  median: 'median',
};
export type ExperimentsText = typeof en;

const es: ExperimentsText = {
  tab: 'Experimentos',
  title: 'Experimentos',
  intro: 'La métrica principal de cada brazo con su intervalo del 95%, y la diferencia frente al control.',
  loading: 'Cargando…',
  failed: 'No se pudieron cargar los experimentos. Inténtalo de nuevo.',
  adminsOnly: 'Solo los administradores pueden ver los experimentos.',
  none: 'Todavía no ha empezado ningún experimento.',
  status: { draft: 'borrador', running: 'en curso', stopped: 'detenido' },
  metric: {
    booked_call_rate: 'Tasa de llamadas agendadas',
    qualified_rate: 'Tasa de calificados',
    time_to_claim: 'Tiempo hasta que lo toma un agente',
    satisfaction: 'Satisfacción',
  },
  guardrail: { opt_out_rate: 'Tasa de bajas', compliance_alert_rate: 'Alertas de cumplimiento' },
  arm: 'Brazo',
  exposures: 'Contactos expuestos',
  value: 'Valor (intervalo del 95%)',
  lift: 'Diferencia vs control',
  guardrails: 'Salvaguardas',
  control: 'control',
  stopped: (reason: string) => `detenido por salvaguarda: ${reason}`,
  notEnough: (needed: number) => `Aún no hay datos suficientes (faltan ${needed} por brazo)`,
  notSupported: 'Sin intervalo para duraciones',
  significant: 'significativa',
  breached: 'peor que el umbral',
  ok: 'bien',
  srm: (p: string) => `Desajuste de proporciones (p = ${p}): los conteos de los brazos no son fiables.`,
  srmOk: 'Proporciones como se esperaba.',
  enoughData: 'Todos los brazos tienen su muestra mínima.',
  notEnoughData: 'Aún no hay datos suficientes.',
  median: 'mediana',
};

export const experimentsText = (lang: ExperimentsLang): ExperimentsText => (lang === 'es' ? es : en);

/** The Reports' language choice when there is one, else the browser's. */
export function experimentsLang(stored: string | null, browser: string): ExperimentsLang {
  if (stored === 'en' || stored === 'es') return stored;
  return browser.toLowerCase().startsWith('es') ? 'es' : 'en';
}
