declare module 'parse-prometheus-text-format' {
  /** Prometheus's text format, parsed into metric families (the parser Prometheus's own tools follow). */
  export default function parsePrometheusTextFormat(text: string): unknown[];
}
