export interface KpiCardProps {
  label: string;
  value: string;
  hint?: string | undefined;
  tone?: 'default' | 'good' | 'warn';
}

/** One headline number with its name and a short hint. */
export function KpiCard({ label, value, hint, tone = 'default' }: KpiCardProps) {
  return (
    <div className={`card kpi kpi-${tone}`}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {hint === undefined ? null : <div className="kpi-hint">{hint}</div>}
    </div>
  );
}
