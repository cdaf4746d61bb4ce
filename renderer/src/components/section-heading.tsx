import { useEffect, useRef, type ReactNode } from 'react';

/** The heading of a draft section; takes focus when the section opens so keyboard users start there. */
export function SectionHeading({ children, sectionKey }: { children: ReactNode; sectionKey: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [sectionKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="section-heading">
      {children}
    </h1>
  );
}
