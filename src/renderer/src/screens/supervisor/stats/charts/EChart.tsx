import { useEffect, useRef } from 'react';
import { CHART_FONT, init, type ChartOption } from './echarts';

/** One echarts chart that follows its box's size; `label` says in words what the picture shows. */
export function EChart({ option, label, testId, height = '18rem' }: { option: ChartOption; label: string; testId?: string; height?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // No animation: the figures are read, not watched, and screenshots must show the final picture.
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: CHART_FONT }, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
